import { englishRarity } from "../text/english-rarity.js";
import type { WordClass } from "../text/parts-of-speech.js";
import type { PassageIndex } from "./passage-index.js";

/**
 * How much a concept counts towards "the corpus answers this". Everyday words ("take",
 * "thing") count little and any word past the commonest thousand counts fully. A name or
 * noun the corpus lacks altogether, even as a synonym, is strong evidence it does not answer
 * ("inflation", "Zelensky"); a missing verb or adjective is more often the asker's own
 * wording ("express hope" for "indicated hope"), so it counts less.
 */
const MIN_IMPORTANCE = 0.15;
const MISSING_IMPORTANCE: Readonly<Record<WordClass, number>> = {
  name: 2,
  noun: 2,
  other: 1,
  modifier: 0.6,
  verb: 0.6,
};
/** What a weak word ("say", "happen") counts, against a word of its rarity. */
export const WEAK_IMPORTANCE = 0.25;
/**
 * A word among the commonest of English (about the first 200: "help", "get", "talk") says
 * little of how specific the idea is. When the articles state that idea in few sentences,
 * it is as specific as the rarest word they state it in: "more help" asks for what they call
 * "additional assistance". An idea in more of the sentences than `SELECTIVE_SHARE` ("call",
 * in articles about a call) is told apart by no word of it. Measured on the open sets: 8
 * more questions right at top-1 or in the top three, and 2 fewer false refusals; a word
 * past the commonest 200 ("American" ~ "Washington") left 2 more questions answered that
 * the articles do not answer.
 */
const COMMONEST_RARITY = 0.15;
const SELECTIVE_SHARE = 0.2;

/** A concept as far as its importance goes. */
export interface ConceptWords {
  /** The terms of the asker's own words. */
  ownTerms: readonly string[];
  /** The synonyms searched for it. */
  expansions: readonly string[];
  /** Whether the corpus holds any of its terms. */
  inCorpus: boolean;
  wordClass: WordClass | "weak";
}

/**
 * @example
 * conceptImportance({ ownTerms: ["help"], expansions: ["assist"], inCorpus: true, wordClass: "other" }, index);
 * // 1 where few sentences speak of assistance; 0.2 for "help" alone
 */
export function conceptImportance(concept: ConceptWords, index: PassageIndex): number {
  const { ownTerms, expansions, inCorpus, wordClass } = concept;
  const frequency = (term: string) => index.documentFrequency.get(term) ?? 0;
  const ownRarity = Math.max(...ownTerms.map((term) => englishRarity(term)));
  const held = [...ownTerms, ...expansions].reduce((sum, term) => sum + frequency(term), 0);
  const statedRarely = inCorpus && held <= SELECTIVE_SHARE * index.passages.length;
  const rarity =
    ownRarity < COMMONEST_RARITY && statedRarely
      ? Math.max(ownRarity, ...expansions.filter((t) => frequency(t) > 0).map(englishRarity))
      : ownRarity;
  let importance = Math.min(1, Math.max(MIN_IMPORTANCE, rarity * 2));
  if (wordClass === "weak") return importance * WEAK_IMPORTANCE;
  if (!inCorpus) importance *= MISSING_IMPORTANCE[wordClass];
  return importance;
}

/**
 * What a concept the corpus lacks counts as if it held it: a word of the asker's remark about
 * themselves ("reddit") says nothing of whether the articles answer.
 *
 * @example
 * asIfHeld(2, "noun"); // 1
 */
export function asIfHeld(importance: number, wordClass: WordClass): number {
  return importance / MISSING_IMPORTANCE[wordClass];
}
