import { stemWord } from "./analyze.js";
import { englishWordsByFrequency } from "./english-words.js";
import { BASE_FORM } from "./lexicon.js";

/**
 * How rare a word is in everyday English, from 0.1 (among the commonest) to 1 (rare, or a
 * name the list lacks). A small corpus lacks most of English, so "the corpus has no such
 * word" says little about "side" and a lot about "Zelensky"; this tells the two apart.
 * Source: SUBTLEX-US word frequencies (74,286 words from film subtitles).
 *
 * @example
 * englishRarity("side");     // ≈ 0.3 (rank 480)
 * englishRarity("zelensky"); // 1 (not in the list)
 */
export function englishRarity(stem: string): number {
  const rank = bestRankOf(stem);
  if (rank === undefined) return 1;
  const scaled = (Math.log10(rank + 1) - COMMON_DECADES) / (Math.log10(RARE_RANK) - COMMON_DECADES);
  return Math.min(1, Math.max(MIN_RARITY, scaled));
}

/** Words past this rank count as fully rare. */
const RARE_RANK = 20_000;
/** The top 100 words (10²) are all equally common for this purpose. */
const COMMON_DECADES = 2;
const MIN_RARITY = 0.1;

/** Stem → best (lowest) frequency rank of any word with that stem, for stems asked about. */
const rankOfStem = new Map<string, number | undefined>();
/** Ranks of the commonest words, ascending, by the first two letters of the word and of its base. */
let ranksByOpening: Map<string, number[]> | undefined;

/**
 * The best rank of the words that stem to `stem`. Stemming all 20,000 words at start-up took
 * about 0.12 s of every start. A stem begins with the same two letters as its words, or as
 * the irregular base they are indexed under ("told" → "tell"), so only the words that share
 * them are stemmed, once per stem asked about (test/engine/english-rarity.test.ts checks this
 * finds the same rank for every stem as stemming every word does).
 */
function bestRankOf(stem: string): number | undefined {
  if (rankOfStem.has(stem)) return rankOfStem.get(stem);
  ranksByOpening ??= groupByOpening();
  const words = englishWordsByFrequency();
  let best: number | undefined;
  for (const rank of ranksByOpening.get(opening(stem)) ?? []) {
    if (stemWord(words[rank] ?? "") === stem) {
      best = rank;
      break;
    }
  }
  // Bounded so hostile input cannot grow it without limit.
  if (rankOfStem.size > 50_000) rankOfStem.clear();
  rankOfStem.set(stem, best);
  return best;
}

/**
 * Ranks every stem of the commonest words at once (about 0.1 s), as the lazy lookup would one
 * by one: a server pays it at start rather than in its first users' answers.
 */
export function rankAllCommonStems(): void {
  for (const [rank, word] of englishWordsByFrequency().slice(0, RARE_RANK).entries()) {
    const stem = stemWord(word);
    if (!rankOfStem.has(stem)) rankOfStem.set(stem, rank);
  }
}

function groupByOpening(): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  // Past RARE_RANK every word scores 1, the same as a word not in the list, so skip them.
  for (const [rank, word] of englishWordsByFrequency().slice(0, RARE_RANK).entries()) {
    const own = opening(word);
    const base = BASE_FORM.get(word);
    add(groups, own, rank);
    if (base !== undefined && opening(base) !== own) add(groups, opening(base), rank);
  }
  return groups;
}

function add(groups: Map<string, number[]>, key: string, rank: number): void {
  const ranks = groups.get(key);
  if (ranks) ranks.push(rank);
  else groups.set(key, [rank]);
}

/** The first two letters, past the mark a stem that spells a stopword carries ("i_"). */
function opening(word: string): string {
  return word.endsWith("_") ? word.slice(0, Math.min(2, word.length - 1)) : word.slice(0, 2);
}
