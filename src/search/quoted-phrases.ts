import { analyze } from "../text/analyze.js";
import type { PassageIndex } from "./passage-index.js";

/**
 * Phrases a question quotes ("What does \"nothing about you without you\" mean?"). A passage
 * that holds a quoted phrase word for word is what the asker is pointing at, even when every
 * word of it is a stopword and so searches nothing.
 */

/** A quoted phrase must have at least this many words; one quoted word is just a word. */
const MIN_WORDS = 2;
const DOUBLE_QUOTED = /"([^"]+)"/g;
/** 'like this', but not the apostrophes of "Russia's" or "they've". */
const SINGLE_QUOTED = /(?<=^|[\s(])'([^']+)'(?=$|[\s).,;:!?])/g;

/**
 * The phrases quoted in a question that has been folded (straight quotes only), normalised
 * for `holdsPhrase`.
 *
 * @example
 * quotedPhrases('What did "nothing about you without you" mean?'); // ["nothing about you without you"]
 */
export function quotedPhrases(folded: string): string[] {
  const phrases = [...folded.matchAll(DOUBLE_QUOTED), ...folded.matchAll(SINGLE_QUOTED)]
    .map((match) => wordsOnly(match[1] ?? ""))
    .filter((phrase) => phrase.split(" ").length >= MIN_WORDS);
  return [...new Set(phrases)];
}

/** Whether a text holds a phrase word for word (case, quotes and punctuation aside). */
export function holdsPhrase(text: string, phrase: string): boolean {
  return ` ${wordsOnly(text)} `.includes(` ${phrase} `);
}

/**
 * Per question, whether a passage holds a quoted phrase. Reading a passage's text is the slow
 * part, so only passages holding every index term of the phrase are read; a phrase with a
 * term no passage holds is found nowhere.
 */
export function phraseFinder(index: PassageIndex, phrase: string): (passageId: number) => boolean {
  const ids = analyze(phrase).map((term) => index.passageTerms.idOf(term));
  if (ids.some((id) => id === undefined)) return () => false;
  return (passageId) =>
    ids.every((id) => index.passageTerms.has(passageId, id ?? -1)) &&
    holdsPhrase(index.passages[passageId]?.text ?? "", phrase);
}

function wordsOnly(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
