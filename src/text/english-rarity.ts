import { stemWord } from "./analyze.js";
import { englishWordsByFrequency } from "./english-words.js";

/**
 * How rare a word is in everyday English, from 0.1 (among the commonest) to 1 (rare, or a
 * name the list lacks). A small corpus lacks most of English, so "the corpus has no such
 * word" says little about "side" and a lot about "Zelensky"; this tells the two apart.
 * Source: SUBTLEX-US word frequencies (74,286 words from film subtitles).
 *
 * @example
 * englishRarity("side");     // ≈ 0.29 (rank 480)
 * englishRarity("zelensky"); // 1 (not in the list)
 */
export function englishRarity(stem: string): number {
  ranks ??= loadRanks();
  const rank = ranks.get(stem);
  if (rank === undefined) return 1;
  const scaled = (Math.log10(rank + 1) - COMMON_DECADES) / (Math.log10(RARE_RANK) - COMMON_DECADES);
  return Math.min(1, Math.max(MIN_RARITY, scaled));
}

/** Words past this rank count as fully rare. */
const RARE_RANK = 20_000;
/** The top 100 words (10²) are all equally common for this purpose. */
const COMMON_DECADES = 2;
const MIN_RARITY = 0.1;

let ranks: Map<string, number> | undefined;

/** Stem → best (lowest) frequency rank of any word with that stem. */
function loadRanks(): Map<string, number> {
  const byStem = new Map<string, number>();
  // Past RARE_RANK every word scores 1, the same as a word not in the list, so skip them.
  for (const [rank, word] of englishWordsByFrequency().slice(0, RARE_RANK).entries()) {
    const stem = stemWord(word);
    if (!byStem.has(stem)) byStem.set(stem, rank);
  }
  return byStem;
}
