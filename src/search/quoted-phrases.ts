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

function wordsOnly(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
