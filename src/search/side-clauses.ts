import type { TextSpan } from "./choice-options.js";
import type { Concept } from "./query-plan.js";

/*
 * Clauses that say who said what is asked, or what the answer is not: their ideas count less
 * or not at all.
 */

/**
 * "According to the senior administration official, how would you sum up the tone?": the
 * clause names who said it, and the official is named in many sentences that say something
 * else. What is asked is the tone. The clause runs from its opening words to a comma or the
 * question's end.
 */
const ATTRIBUTION = /\b(?:according\s+to|as\s+per|per|in\s+the\s+words\s+of)\s+[^,;:?!.]+/giu;

/** What an idea in such a clause counts, against the same idea asked about. */
const ATTRIBUTED_IMPORTANCE = 0.5;

/**
 * Weighs down the ideas that only name who said what is asked. `spans` are where each of
 * `concepts` stands in `folded`.
 *
 * @example
 * markAttributed(concepts, spans, "per the official, what was the tone?"); // "official" counts half
 */
export function markAttributed(
  concepts: readonly Concept[],
  spans: readonly TextSpan[],
  folded: string,
): void {
  const clauses = [...folded.matchAll(ATTRIBUTION)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
  // A question that is all attribution ("according to Psaki?") asks about its source.
  if (clauses.length === 0 || concepts.every((_, i) => within(spans[i], clauses))) return;
  for (const [i, concept] of concepts.entries()) {
    if (within(spans[i], clauses)) concept.importance *= ATTRIBUTED_IMPORTANCE;
  }
}

function within(span: TextSpan | undefined, clauses: readonly TextSpan[]): boolean {
  return span !== undefined && clauses.some((c) => span.start >= c.start && span.end <= c.end);
}

/**
 * "Besides talks, what's the other track?": a fronted clause naming what the answer is not.
 * Its words are not searched, or the sentences about talks would rank first.
 */
const EXCEPTED = /\b(?:besides|apart\s+from|aside\s+from|other\s+than)\s+[^,;:?!.]+,/giu;

/**
 * The spans of `folded` that name what the answer is not.
 *
 * @example
 * exceptedSpans("besides talks, what's the other track?"); // [{ start: 0, end: 14 }]
 */
export function exceptedSpans(folded: string): TextSpan[] {
  return [...folded.matchAll(EXCEPTED)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}
