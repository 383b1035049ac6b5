import type { PassageIndex } from "./passage-index.js";

/**
 * Hint words and synonyms are searched only while they are selective: in a large corpus
 * "year" or "nation" sits in thousands of sentences, adds postings to score by the thousand
 * and barely changes which passage wins. A hint word says nothing the answer-kind check
 * (a date, a count) does not say better, so it must be rare; small corpora keep every
 * synonym, and the user's own words are always searched.
 */
const SEARCHED_WHILE_IN_AT_MOST = {
  cue: { passages: 3, share: 0.02 },
  expansion: { passages: 1000, share: 0.02 },
} as const;

export function isSelective(
  term: string,
  kind: keyof typeof SEARCHED_WHILE_IN_AT_MOST,
  index: PassageIndex,
): boolean {
  const frequency = index.documentFrequency.get(term) ?? 0;
  const { passages, share } = SEARCHED_WHILE_IN_AT_MOST[kind];
  return frequency > 0 && frequency <= Math.max(passages, index.passages.length * share);
}
