import { foldText } from "./fold.js";
import { STOPWORDS } from "./lexicon.js";

/** A word as it stands in the text, with where it stands (for highlighting). */
export interface Token {
  /** The word as written, after folding. */
  surface: string;
  /** Offsets into the original string. */
  start: number;
  end: number;
  /** Written in capitals ("US", "NATO") or dotted ("U.S."): never a stopword. */
  acronym: boolean;
}

// Dotted acronyms first ("U.S."), then words with inner apostrophes or hyphens ("Russia's",
// "50-minute"). Anything else (punctuation, emoji, symbols) separates words.
const WORD = /(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/**
 * Splits text into word tokens. Offsets refer to the string passed in; folding never changes
 * a string's length except for removed invisible characters, so we fold per match instead
 * of folding the whole text first.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const cleaned = text.replace(/[\u2018\u2019\u02BC\uFF07]/g, "'").replace(/[\u2010-\u2015]/g, "-");
  for (const match of cleaned.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const surface = foldText(raw);
    const letters = surface.replace(/'s$/i, "").replace(/[^\p{L}]/gu, "");
    const capitals =
      letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
    // A common word of three letters or more in capitals is shouted, not an acronym ("the
    // week AFTER geneva", "WHAT DID PUTIN SAY"); "US" and "IT" may be either, and stay acronyms.
    // Looked up only for words in capitals: every word of every article passes through here.
    const acronym =
      /^(?:\p{L}\.){2,}$/u.test(surface) ||
      (capitals && !(letters.length >= 3 && STOPWORDS.has(letters.toLowerCase())));
    tokens.push({ surface, start, end: start + raw.length, acronym });
  }
  return tokens;
}
