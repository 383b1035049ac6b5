import { stem as stemmer } from "porter2";
import { wordFrequencyRank } from "./english-words.js";
import { foldText } from "./fold.js";
import { BASE_FORM, STOPWORDS, UNSTEMMED } from "./lexicon.js";
import { type Token, tokenize } from "./tokenize.js";

/** A token and the index terms it stands for (none for stopwords). */
export interface AnalyzedToken extends Token {
  terms: string[];
}

/**
 * The one normalisation used at index time and at query time: fold, lower-case, drop
 * possessives and contractions, map irregular forms to their base, drop stopwords, stem.
 *
 * @example
 * analyze("What did Russia’s president threaten?") // → ["russia", "presid", "threaten"]
 */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(foldText(text))) terms.push(...termsOf(token));
  return terms;
}

/** Like `analyze`, but keeps every token with its offsets, for highlighting. */
export function analyzeTokens(text: string): AnalyzedToken[] {
  return tokenize(text).map(({ surface, start, end, acronym }) => ({
    surface,
    start,
    end,
    acronym,
    terms: termsOf({ surface, acronym }),
  }));
}

/**
 * The index terms for one token. A hyphenated word gives its parts and the joined whole, so
 * "de-escalation" is found by "escalation" and, more strongly, by "deescalation".
 */
export function termsOf(token: Pick<Token, "surface" | "acronym">): string[] {
  const word = wordOf(token.surface);
  if (!word.includes("-")) {
    const term = termOfWord(word, token.acronym);
    return term === null ? [] : [term];
  }
  // "non-military" is not military: after a prefix that negates, only the whole word stands.
  if (NEGATING_PREFIX.test(word)) {
    const whole = termOfWord(word.replace(/-/g, ""), false);
    return whole === null ? [] : [whole];
  }
  const terms: string[] = [];
  // "US-Russia": a part written in capitals is an acronym, though the whole word is not.
  const written = token.surface.split("-");
  for (const [i, part] of word.split("-").entries()) {
    const capitals = /^\p{Lu}{2,}(?:'s)?$/u.test(written[i] ?? "");
    const term = termOfWord(part, capitals || (token.acronym && /^\p{L}+$/u.test(part)));
    if (term !== null) terms.push(term);
  }
  // The whole stands for the word when two parts or more remain, and when its stopword parts
  // are gone: "one-on-one" is no stopword, and "in-person" says more than "person".
  const whole = termOfWord(word.replace(/-/g, ""), false);
  if (whole !== null && (terms.length > 1 || terms.length < written.length)) terms.push(whole);
  return terms;
}

const NEGATING_PREFIX = /^(?:non|anti)-/;

function termOfWord(word: string, acronym: boolean): string | null {
  if (word === "") return null;
  if (acronym) return BASE_FORM.get(word) ?? word;
  if (STOPWORDS.has(word) || STOPWORDS.has(BASE_FORM.get(word) ?? word)) return null;
  return stemWord(word);
}

/** Lower-cased word without possessive or contraction: "Russia's" → "russia", "we've" → "we". */
export function wordOf(surface: string): string {
  const lower = surface.toLowerCase();
  const bare = lower.endsWith(".") ? lower.replace(/\./g, "") : lower;
  return IRREGULAR_NEGATION.get(bare) ?? bare.replace(/'(s|ve|re|ll|d|m)$|n't$|'$/, "");
}

/** Negations whose verb is not what is left without "n't": "won't" is no "wo". */
const IRREGULAR_NEGATION: ReadonlyMap<string, string> = new Map([
  ["won't", "will"],
  ["can't", "can"],
  ["shan't", "shall"],
  ["ain't", "is"],
]);

const stemCache = new Map<string, string>();
const STOPWORD_STEM_MARK = "_";

/**
 * Stems a bare lower-case word, after mapping irregular forms ("told" → "tell"), with Porter2
 * (Snowball English): unlike the first Porter stemmer it joins an adverb to its adjective
 * ("publicly" and "public", "previously" and "previous", "seriously" and "serious") and
 * leaves "use" apart from "US".
 */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    const base = BASE_FORM.get(word) ?? word;
    stem = /\d/.test(base) || UNSTEMMED.has(base) ? base : stemmer(undoubledBase(base) ?? base);
    // "willing" stems to "will", "likely" to "like": a stem that spells a stopword is marked,
    // so that it neither vanishes nor meets the acronym that spells one ("us", "US").
    if (STOPWORDS.has(stem)) stem = `${stem}${STOPWORD_STEM_MARK}`;
    // Bounded so hostile input cannot grow it without limit.
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/** "added", "stuffing": a double consonant before -ed or -ing, which the stemmer may cut short. */
const DOUBLED_BEFORE_SUFFIX = /^(.*([b-df-hj-np-tv-z])\2)(?:ed|ing)$/;

/**
 * Porter's stemmers undouble the consonant left by -ed and -ing, right for "stopped" → "stop"
 * but wrong for "added" → "ad" while "add" stays "add". When the doubled form is the more
 * common English word ("add" over "ad", unlike "putt" under "put"), it is the base.
 */
function undoubledBase(word: string): string | undefined {
  const doubled = DOUBLED_BEFORE_SUFFIX.exec(word)?.[1];
  if (doubled === undefined) return undefined;
  const doubledRank = wordFrequencyRank(doubled);
  if (doubledRank === undefined) return undefined;
  return doubledRank < (wordFrequencyRank(doubled.slice(0, -1)) ?? Number.POSITIVE_INFINITY)
    ? doubled
    : undefined;
}
