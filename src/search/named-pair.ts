import type { TextSpan } from "./choice-options.js";
import type { Concept } from "./query-plan.js";

/*
 * "Tension between the US and Russia", "between dc n moscow": the articles may call such a
 * pair "the two nations" or "the two countries", and a sentence saying so is about both.
 */

/** "between the US and Russia", "between dc n moscow", "between biden & putin". */
export const NAMED_PAIR = /\bbetween\s+(?:the\s+)?[\p{L}.]+\s+(?:and|n|&)\s+(?:the\s+)?[\p{L}.]+/iu;

/** Words a sentence uses for such a pair, searched as hints: "the two nations". */
export const PAIR_WORDS = "two nations countries";

/** A sentence's own words for the pair: "between the two nations", "both countries". */
export const NAMES_THE_PAIR = /\b(?:two|both)\s+(?:nations|countries)\b/i;

/**
 * Marks the concepts the question names as the two sides of a pair (`Concept.pairMember`):
 * a sentence speaking of "the two nations" holds them both. `spans` are where each concept
 * stands in `folded`.
 *
 * @example
 * // "are things between dc n moscow heating up": "dc" and "moscow" are marked
 */
export function markNamedPair(
  concepts: readonly Concept[],
  spans: readonly TextSpan[],
  folded: string,
): void {
  const pair = NAMED_PAIR.exec(folded);
  if (!pair) return;
  const start = pair.index + "between".length;
  const end = pair.index + pair[0].length;
  concepts.forEach((concept, i) => {
    const span = spans[i];
    if (span && span.start >= start && span.end <= end) concept.pairMember = true;
  });
}
