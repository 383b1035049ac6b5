import { type TextSpan, within } from "./choice-options.js";
import type { Concept } from "./query-plan.js";
import type { DoneThing } from "./question-focus.js";

/*
 * Clauses that say who said what is asked, where or when a missing thing was done, or what
 * the answer is not: their ideas count less or not at all. What stands around the question
 * itself is in `asker-remarks.ts`. `spans` are where each of `concepts` stands in the folded
 * question.
 */

/**
 * "According to the senior administration official, how would you sum up the tone?": the
 * clause names who said it, and the official is named in many sentences that say something
 * else. What is asked is the tone. The clause runs from its opening words to a comma or the
 * question's end. So does a subject put first and taken up again by a pronoun: "the senior
 * official who briefed reporters, did they mention russia asking for the call?".
 */
const ATTRIBUTION =
  /\b(?:according\s+to|as\s+per|per|in\s+the\s+words\s+of)\s+[^,;:?!.]+|^\W*(?:the|that|this)\s+[^,;:?!.]+(?=,\s*(?:did|does|do|is|was|were|are|has|have|had|would|will|can|could)\s+(?:he|she|they|it)\b)/giu;

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
  // A question that is all attribution ("according to Psaki?") asks about its source.
  weighWithin(concepts, spans, matchSpans(folded, ATTRIBUTION), ATTRIBUTED_IMPORTANCE);
}

/** What an idea saying only where or when a missing thing was done counts, against its own. */
const CIRCUMSTANCE_IMPORTANCE = 0.5;

/**
 * "Who led the American delegation at the Geneva talks on Jan. 10?": when the articles never
 * mention what was done (`done`, see `whoPhraseHead`), a sentence matching only where and
 * when it was done ("officials are slated to meet on Jan. 10 in Geneva") does not say who
 * did it, so those ideas count half.
 */
export function markCircumstances(
  concepts: readonly Concept[],
  spans: readonly TextSpan[],
  done: DoneThing | undefined,
): void {
  const circumstances = done?.circumstances;
  if (done === undefined || circumstances === undefined) return;
  const thing = spans.findIndex((span) => span.start <= done.start && done.start < span.end);
  if (thing < 0 || concepts[thing]?.inCorpus !== false) return;
  const rest = { start: circumstances, end: Number.POSITIVE_INFINITY };
  weighWithin(concepts, spans, [rest], CIRCUMSTANCE_IMPORTANCE);
}

/**
 * Scales the importance of the ideas that stand wholly within one of `clauses`, and marks them
 * `aside` when asked to. A question that is all such clauses asks about them: nothing is
 * weighed then. Says whether anything was.
 */
export function weighWithin(
  concepts: readonly Concept[],
  spans: readonly TextSpan[],
  clauses: readonly TextSpan[],
  factor: number,
  { aside = false } = {},
): boolean {
  if (clauses.length === 0 || concepts.every((_, i) => within(spans[i], clauses))) return false;
  for (const [i, concept] of concepts.entries()) {
    if (!within(spans[i], clauses)) continue;
    concept.importance *= factor;
    if (aside) concept.aside = true;
  }
  return true;
}

/**
 * "Besides talks, what's the other track?": a fronted clause naming what the answer is not.
 * Its words are not searched, or the sentences about talks would rank first.
 */
const EXCEPTING = String.raw`\b(?:besides|apart\s+from|aside\s+from|other\s+than|instead\s+of)\s+`;
const EXCEPTED = new RegExp(`${EXCEPTING}[^,;:?!.]+,`, "giu");
/**
 * The same without a comma to close it: "besides sanctions what else…", "threatening anything
 * other than costs?". It runs to the question proper or to the end, a few words at most.
 */
const CONTRASTED = new RegExp(
  `${EXCEPTING}(?:[\\p{L}\\d'’-]+\\s+){0,3}?[\\p{L}\\d'’-]+(?=\\s+(?:what|which|who|whom|where|when|how|why|did|does|do|is|are|was|were|will|would|could|can|has|have|had)\\b|\\s*[;:?!.]|\\s*$)`,
  "giu",
);
/**
 * What an idea named as what the answer is not counts. The answer's sentence often names it
 * too ("one is a path of diplomacy, and the other…" for "the other path besides diplomacy"),
 * so it still counts a little; a name the articles lack there is not refused (`aside`).
 */
const CONTRASTED_IMPORTANCE = 0.3;

/**
 * Weighs down the ideas a question names as what the answer is not, when no comma sets them
 * apart (`exceptedSpans` leaves those unsearched).
 *
 * @example
 * markContrasted(concepts, spans, "besides sanctions what else would russia pay?");
 */
export function markContrasted(
  concepts: readonly Concept[],
  spans: readonly TextSpan[],
  folded: string,
): void {
  weighWithin(concepts, spans, matchSpans(folded, CONTRASTED), CONTRASTED_IMPORTANCE, {
    aside: true,
  });
}

/**
 * The spans of `folded` that name what the answer is not.
 *
 * @example
 * exceptedSpans("besides talks, what's the other track?"); // [{ start: 0, end: 14 }]
 */
export function exceptedSpans(folded: string): TextSpan[] {
  return matchSpans(folded, EXCEPTED);
}

/** Where the first match of a `pattern` stands in `text`: one span, or none. */
export function firstMatchSpan(text: string, pattern: RegExp): TextSpan[] {
  const match = pattern.exec(text);
  return match ? [{ start: match.index, end: match.index + match[0].length }] : [];
}

/** Where each match of a global `pattern` stands in `text`. */
export function matchSpans(text: string, pattern: RegExp): TextSpan[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}
