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

/**
 * "i heard the call was super friendly?", "the call lasted an hour didnt it": a statement
 * asked, with a verb after its subject, a question mark or a tag, and no question word.
 */
const DECLARATIVE_QUESTION = new RegExp(
  `^(?!.*\\b(?:what|whats|which|who|whom|whose|when|where|why|how)\\b)\\W*[\\p{L}'’]+(?:\\s+[\\p{L}'’]+){0,4}?\\s+(?:${AUXILIARIES}|lasted|called|rang)\\b[^?]*(?:\\?|\\b(?:(?:isn'?t|wasn'?t|didn'?t|doesn'?t|aren'?t|weren'?t)\\s+(?:it|they|he|she|we)|right|yeah)\\W*)\\s*$`,
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
