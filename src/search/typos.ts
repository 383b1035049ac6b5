import { termsOf } from "../text/analyze.js";
import { insertionsOf, isOneEditFromAny, oneSlipVariants, swapsOf } from "../text/edit-distance.js";
import { englishRarity } from "../text/english-rarity.js";
import { wordFrequencyRank } from "../text/english-words.js";
import { STOPWORDS } from "../text/lexicon.js";
import type { PassageIndex } from "./passage-index.js";

/*
 * Reading a question's likely typos: a slip for a stopword is dropped, and a word the corpus
 * and everyday English both lack is matched fuzzily.
 */

/** A question's word as the analyzer read it. */
export type ReadToken = { surface: string; terms: string[]; acronym: boolean };

/**
 * "teh", "waht": a short word that is neither in the corpus nor a common English word, and is
 * one slip from a stopword, is that stopword. ("cup" and "won" are words, not typos; "5" in
 * "Article 5" is no slip from "a", nor "Nord" from "nor"; a two-letter word such as "eu" is
 * one slip from too many, the chat stopword "u" among them.)
 */
export function isStopwordTypo(
  token: ReadToken,
  position: number,
  index: PassageIndex,
  next?: ReadToken,
): boolean {
  const word = token.surface.toLowerCase();
  // "EU" and "Nord" (Stream) are names, written as such: capitals past the first word.
  const writtenAsName = token.acronym || (position > 0 && /^\p{Lu}/u.test(token.surface));
  // Written in lowercase, a name runs into another word the corpus lacks: "nord stream".
  const runsIntoUnknown =
    next !== undefined &&
    next.terms.length > 0 &&
    next.terms.every((term) => !index.documentFrequency.has(term));
  return (
    !writtenAsName &&
    !runsIntoUnknown &&
    word.length >= 3 &&
    word.length <= 5 &&
    /^\p{L}+$/u.test(word) &&
    token.terms.every((term) => !index.documentFrequency.has(term) && englishRarity(term) === 1) &&
    isOneEditFromAny(word, STOPWORDS)
  );
}

/**
 * Only words that are neither in the corpus nor common English are matched fuzzily: that is
 * where typos show ("Puttin", "threten"), and it keeps fuzzy search off most terms.
 */
export function fuzzyDistance(term: string, index: PassageIndex): number {
  if (index.documentFrequency.has(term) || /\d/.test(term) || englishRarity(term) < 1) return 0;
  if (term.length >= 8) return 2;
  return term.length >= 4 ? 1 : 0;
}

/** The one term of a word read as a word, not as an acronym: what a repair may replace. */
function wordTerm(token: ReadToken): string | undefined {
  return token.terms.length === 1 && !token.acronym ? token.terms[0] : undefined;
}

/**
 * "osce", "nato": an acronym written in lowercase is stemmed as a word ("osc"), and misses the
 * acronym the corpus holds whole. A word whose stem the corpus lacks, but whose whole form
 * it holds, is read as that form.
 *
 * @example
 * withAcronymRead({ surface: "osce", terms: ["osc"], acronym: false }, index).terms; // ["osce"]
 */
export function withAcronymRead<T extends ReadToken>(token: T, index: PassageIndex): T {
  const term = wordTerm(token);
  if (term === undefined || index.documentFrequency.has(term)) return token;
  const whole = termsOf({ surface: token.surface, acronym: true });
  return whole.length === 1 && index.documentFrequency.has(whole[0] ?? "")
    ? { ...token, terms: whole, acronym: true }
    : token;
}

/** Rarity below which a three-letter word is everyday English, not a slip (see `englishRarity`). */
const SHORT_SLIP_RARITY = 0.5;

/**
 * "phnoe", "Puitn", "cal": two letters swapped, which fuzzy search counts as two slips and
 * finds only in long words, or a doubled letter written once, in a word too short for fuzzy
 * search. A word neither the corpus nor everyday English holds, which one such repair turns
 * into a word the corpus holds, is read as that word; so is one a single slip away from just
 * one word of the corpus ("putn"), and failing both, one a swap or a left-out letter makes
 * an everyday word ("lenght").
 *
 * @example
 * withSlipRepaired({ surface: "phnoe", terms: ["phnoe"], acronym: false }, index).terms; // ["phone"]
 * withSlipRepaired({ surface: "cal", terms: ["cal"], acronym: false }, index).terms;     // ["call"]
 * withSlipRepaired({ surface: "putn", terms: ["putn"], acronym: false }, index).terms;   // ["putin"]
 */
export function withSlipRepaired<T extends ReadToken>(token: T, index: PassageIndex): T {
  const term = wordTerm(token);
  const word = token.surface.toLowerCase();
  const short = word.length === 3 && !index.documentFrequency.has(term ?? "");
  if (term === undefined || (fuzzyDistance(term, index) === 0 && !short)) return token;
  // A short word of everyday English ("cup", "won") is meant; a rare one ("cal") may be a slip.
  if (short && englishRarity(term) < SHORT_SLIP_RARITY) return token;
  // A three-letter word has as many swaps as words ("tow" → "two"): only a doubling is read.
  if (short) {
    const doubled = heldReading(doublings(word), index);
    return doubled ? { ...token, terms: doubled } : token;
  }
  // "offcials": a letter left out, which fuzzy search misses when the stems part ("offcial"
  // and "offici" are two edits apart). With the letter back it must be everyday English as
  // well as the corpus's word, so a name the corpus lacks is not read as a word it holds.
  const swaps = swapsOf(word);
  const insertions = word.length >= LEFT_OUT_LENGTH ? [...insertionsOf(word)] : [];
  const terms =
    heldReading(swaps, index) ??
    heldReading(insertions, index, (w) => wordFrequencyRank(w) !== undefined) ??
    onlyHeldSpelling(term, index) ??
    everydayReading(word, [...swaps, ...insertions]);
  return terms ? { ...token, terms } : token;
}

/**
 * "lenght", "negotiatons": two letters swapped or one left out of an everyday word the corpus
 * may not hold in that form, which is then read, and widened by its synonyms, as that word.
 * Of several such words (`candidates`) the commonest is meant.
 */
function everydayReading(word: string, candidates: readonly string[]): string[] | undefined {
  // "ruble" is a word of its own, however rare, not a slip of "rumble".
  if (wordFrequencyRank(word) !== undefined) return undefined;
  // "restated" is no slip: a prefix on an everyday word makes a word of its own.
  const prefix = DERIVING_PREFIX.exec(word);
  if (prefix && wordFrequencyRank(word.slice(prefix[0].length)) !== undefined) return undefined;
  let best: { word: string; rank: number } | undefined;
  for (const candidate of candidates) {
    const rank = wordFrequencyRank(candidate);
    if (rank !== undefined && (!best || rank < best.rank)) best = { word: candidate, rank };
  }
  return best ? termsOf({ surface: best.word, acronym: false }) : undefined;
}

const DERIVING_PREFIX = /^(?:re|un|pre|mis|non|over|under|out|co|de|dis|anti|counter)-?/;

/** Shorter words with a letter restored are too often another word ("bil" → "bill", "boil"). */
const LEFT_OUT_LENGTH = 5;

/** The terms of the first of `candidates` (that `allowed` lets through) that is one word of the corpus. */
function heldReading(
  candidates: Iterable<string>,
  index: PassageIndex,
  allowed: (word: string) => boolean = () => true,
): string[] | undefined {
  for (const candidate of candidates) {
    if (!allowed(candidate)) continue;
    const terms = termsOf({ surface: candidate, acronym: false });
    if (terms.length === 1 && index.documentFrequency.has(terms[0] ?? "")) return terms;
  }
  return undefined;
}

/** "cal" → "ccal", "caal", "call": each letter written twice. */
function doublings(word: string): string[] {
  return [...word].map((letter, i) => `${word.slice(0, i + 1)}${letter}${word.slice(i + 1)}`);
}

/**
 * "gettin", "talkin'": chat drops the g of -ing. A word everyday English lacks, which the g
 * makes a word it has, is that word ("thin" is a word, and stays one), unless it is one slip
 * from a word of the corpus, as a name is ("Puttin" is Putin, not "putting").
 *
 * @example
 * withDroppedG({ surface: "gettin", terms: ["gettin"], acronym: false }, index).terms; // ["get"]
 */
export function withDroppedG<T extends ReadToken>(token: T, index: PassageIndex): T {
  const word = token.surface.toLowerCase().replace(/['’]$/, "");
  if (!/^\p{Ll}{2,}in$/u.test(word) || wordFrequencyRank(word) !== undefined) return token;
  const full = `${word}g`;
  if (wordFrequencyRank(full) === undefined) return token;
  if (holdsOrIsOneSlipFrom(word, index)) return token;
  return { ...token, terms: termsOf({ surface: full, acronym: false }) };
}

/**
 * Whether the corpus holds a word or a word one slip from it. Its few hundred one-slip variants
 * are looked up, rather than the word compared with every term of a large corpus, as this is
 * read while answering.
 */
function holdsOrIsOneSlipFrom(word: string, index: PassageIndex): boolean {
  return index.documentFrequency.has(word) || !heldSlipsOf(word, index).next().done;
}

/**
 * "putn", "vladmir": a slip fuzzy search would find, read as the one word of the corpus it is a
 * slip from, so a name's two words are read as that name ("Vladimir Putin"). A word one slip
 * from several is left to fuzzy search.
 */
function onlyHeldSpelling(term: string, index: PassageIndex): string[] | undefined {
  const held = new Set<string>();
  for (const variant of heldSlipsOf(term, index)) {
    held.add(variant);
    if (held.size > 1) return undefined;
  }
  return held.size === 1 ? [...held] : undefined;
}

/** The words of the corpus one slip from `word`, as they are found (a word may come twice). */
function* heldSlipsOf(word: string, index: PassageIndex): Generator<string> {
  for (const variant of oneSlipVariants(word)) {
    if (index.documentFrequency.has(variant)) yield variant;
  }
}
