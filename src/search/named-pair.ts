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
 * Marks the concepts within `pair`, the two sides a question names after "between"
 * (`Concept.pairMember`): a sentence speaking of "the two nations" holds them both. `spans`
 * are where each concept stands in the question; `pair` is where the pair does, as
 * `answerTypeCue` found it.
 *
 * @example
 * // "are things between dc n moscow heating up": "dc" and "moscow" are marked
 */
export function markNamedPair(
  concepts: readonly Concept[],
  spans: readonly TextSpan[],
  pair: TextSpan | undefined,
): void {
  if (!pair) return;
  // "between" itself names no side.
  const start = pair.start + "between".length;
  concepts.forEach((concept, i) => {
    const span = spans[i];
    if (span && span.start >= start && span.end <= pair.end) concept.pairMember = true;
  });
}
