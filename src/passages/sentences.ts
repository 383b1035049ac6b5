/**
 * Splits a paragraph into sentences.
 *
 * `Intl.Segmenter` does the Unicode work (quotes that close a sentence, "?!", ellipses) but it
 * breaks after every abbreviation that precedes a capital: "U.S. | President Joe Biden",
 * "Mr. | Smith". We merge those pieces back. Title and month abbreviations never end a
 * sentence in news prose; dotted acronyms (U.S., D.C.) do now and then ("…moved to the U.S.
 * Then…"), so they stay a boundary only when the next word is a typical sentence opener.
 *
 * @example
 * splitSentences("U.S. President Joe Biden spoke. They meet on Jan. 10 in Geneva.")
 * // → ["U.S. President Joe Biden spoke.", "They meet on Jan. 10 in Geneva."]
 */
export function splitSentences(paragraph: string): string[] {
  const pieces = [...SEGMENTER.segment(paragraph)].map((s) => s.segment);
  const sentences: string[] = [];
  let current = "";
  for (const [i, piece] of pieces.entries()) {
    current += piece;
    if (!endsInsideSentence(current, pieces[i + 1])) {
      pushTrimmed(sentences, current);
      current = "";
    }
  }
  pushTrimmed(sentences, current);
  return sentences;
}

const SEGMENTER = new Intl.Segmenter("en", { granularity: "sentence" });

/** Abbreviations that are never the last word of a sentence in news copy. */
const NEVER_FINAL = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres amb rev st jr sr " +
    "jan feb mar apr jun jul aug sep sept oct nov dec no vs etc e.g i.e approx dept est fig inc corp ltd co"
  ).split(" "),
);

/** Words that usually open a sentence; after "U.S." they signal a real boundary. */
const SENTENCE_OPENERS = new Set(
  (
    "the a an this that these those it its he she they we i you his her their our there then " +
    "but and so yet however meanwhile still also in on at after before when while if as " +
    "officials one some many most"
  ).split(" "),
);

function endsInsideSentence(text: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  const lastWord = /(\S+)\s*$/.exec(text)?.[1] ?? "";
  if (!lastWord.endsWith(".")) return false;
  const bare = lastWord
    .replace(/^[("'“‘[]+/, "")
    .slice(0, -1)
    .toLowerCase();
  if (NEVER_FINAL.has(bare)) return true;
  const isInitial = /^\p{L}$/u.test(bare);
  const isDottedAcronym = /^(\p{L}\.)+\p{L}$/u.test(bare);
  if (!isInitial && !isDottedAcronym) return false;
  const nextWord = (/^\s*["'“‘(]*(\p{L}+)/u.exec(next)?.[1] ?? "").toLowerCase();
  return !SENTENCE_OPENERS.has(nextWord);
}

function pushTrimmed(into: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed !== "") into.push(trimmed);
}
