import { isWithinEdits, oneSlipVariants } from "./edit-distance.js";
import { englishWordsByFrequency, wordFrequencyRank } from "./english-words.js";

/**
 * Whether a lowercase word everyday English lacks reads as a name ("zelensky", "peskov")
 * rather than as a slip or a run-together of words it has ("negotations", "eachother",
 * "briefer"). The word list holds no proper names, so a word it lacks, that no listed word
 * lies one edit from (nor a common word two), and that does not split into two common words,
 * is most likely one. A word under five letters never qualifies: most are chat shorthand
 * ("smth", "tldr"), and many lie one edit from a dozen others ("vlad": glad, lad).
 *
 * @example
 * looksLikeName("zelensky");    // true
 * looksLikeName("negotations"); // false (one letter from "negotiations")
 * looksLikeName("sitdown");     // false ("sit" + "down")
 */
export function looksLikeName(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word) || word.length < SHORTEST_NAME || isListed(word)) return false;
  let answer = decided.get(word);
  if (answer === undefined) {
    answer =
      !isInflected(word) &&
      !splitsIntoCommonWords(word) &&
      !hasNeighbour(word) &&
      !isMisspeltCommonWord(word);
    // Bounded so hostile input cannot grow it without limit.
    if (decided.size > 10_000) decided.clear();
    decided.set(word, answer);
  }
  return answer;
}

/**
 * Chat writes contractions without the apostrophe ("wouldve"), and a plural of a coined
 * word ("sitdowns") is that word's: with either ending cut, the rest is a listed word, or
 * one that reads as words run together.
 */
function isInflected(word: string): boolean {
  return ENDINGS.some((ending) => {
    if (!word.endsWith(ending)) return false;
    const rest = word.slice(0, -ending.length);
    return isListed(rest) || splitsIntoCommonWords(rest);
  });
}

const ENDINGS = ["s", "ve", "ll", "nt", "re", "d"];
/** Shorter unknown words are mostly chat shorthand ("smth", "tldr"), not names. */
const SHORTEST_NAME = 5;

function isListed(word: string): boolean {
  return wordFrequencyRank(word) !== undefined;
}

/** Joined words ("eachother") are two of the commonest words, each of three letters or more. */
const COMMON_RANK = 10_000;
const SHORTEST_PART = 3;

const decided = new Map<string, boolean>();

function splitsIntoCommonWords(word: string): boolean {
  const common = (part: string) => (wordFrequencyRank(part) ?? COMMON_RANK) < COMMON_RANK;
  for (let cut = SHORTEST_PART; cut <= word.length - SHORTEST_PART; cut++) {
    if (common(word.slice(0, cut)) && common(word.slice(cut))) return true;
  }
  return false;
}

/** Whether a listed word lies one edit away: a letter added, dropped or changed, or a swap. */
function hasNeighbour(word: string): boolean {
  for (const variant of oneSlipVariants(word)) if (isListed(variant)) return true;
  return false;
}

/**
 * Whether a common word of seven letters or more lies two slips away ("invashun": invasion).
 * Only the commonest words that start with the same letter are compared, a few hundred,
 * since a slip in the first letter is rare and a rare word two slips away is as likely a
 * chance likeness.
 */
function isMisspeltCommonWord(word: string): boolean {
  if (word.length < TWO_SLIPS_LENGTH) return false;
  if (!commonByInitial) {
    commonByInitial = new Map();
    for (const listed of englishWordsByFrequency().slice(0, COMMON_RANK)) {
      const initial = listed.charAt(0);
      const same = commonByInitial.get(initial) ?? [];
      same.push(listed);
      commonByInitial.set(initial, same);
    }
  }
  const candidates = commonByInitial.get(word.charAt(0)) ?? [];
  return candidates.some(
    (listed) => listed.length >= TWO_SLIPS_LENGTH && isWithinEdits(word, listed, 2),
  );
}

let commonByInitial: Map<string, string[]> | undefined;
/** In a shorter word two slips change a third of it: "scholz" is two from "school". */
const TWO_SLIPS_LENGTH = 7;
