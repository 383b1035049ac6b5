/*
 * Whether a question asks whether rather than what: such a question is answered as well by a
 * sentence saying the opposite ("anything new?": "as in previous calls") as by one saying the
 * same, and a "when" in it asks no date.
 */

/** The auxiliaries a question may open with, as a regular-expression alternation. */
export const AUXILIARIES = "did|does|do|is|was|were|are|will|would|has|have|had|can|could|should";
/** "Did…", "so was it…", "ok will they…": a question opening with an auxiliary. */
export const AUXILIARY_OPENING = new RegExp(
  `^\\W*(?:(?:so|and|but|ok|okay)\\W+)?(?:${AUXILIARIES})\\b`,
  "i",
);

/** A question word anywhere: the question asks what, not whether. */
export const QUESTION_WORD = String.raw`\b(?:what|whats|which|who|whom|whose|when|where|why|how)\b`;
/** "…, right?", "…isnt it": a closing tag asking to confirm. */
const TAG = String.raw`\b(?:(?:isn'?t|wasn'?t|didn'?t|doesn'?t|aren'?t|weren'?t)\s+(?:it|they|he|she|we)|right|yeah|correct)\W*$`;

/**
 * "i heard the call was super friendly?", "the talks are in oslo isnt it": a statement
 * asked, with no question word, an auxiliary or a common verb after its subject, and a
 * closing question mark or tag.
 */
const DECLARATIVE_QUESTION = new RegExp(
  String.raw`^(?!.*${QUESTION_WORD})(?:\W*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}?\s+(?:${AUXILIARIES}|lasted|called|rang)\b[^?]*(?:\?\s*$|${TAG}))`,
  "iu",
);

/**
 * A question that asks whether, not what: it opens with an auxiliary ("Did…", "Was it…"), or,
 * as chat asks, ends in "or not?" ("first call this month or nah?"), "or what?" ("biden
 * going solo on this or what").
 */
export function isYesNoQuestion(question: string): boolean {
  return (
    AUXILIARY_OPENING.test(question) ||
    /\bor\s+(?:not|nah|nope|no|what)\W*$/i.test(question) ||
    DECLARATIVE_QUESTION.test(question)
  );
}
