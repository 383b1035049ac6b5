import type { TextSpan } from "./choice-options.js";
import type { PassageIndex } from "./passage-index.js";

const ORDINALS: Readonly<Record<string, number>> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
  fifth: 4,
  "1st": 0,
  "2nd": 1,
  "3rd": 2,
  "4th": 3,
  "5th": 4,
  "1": 0,
  "2": 1,
  "3": 2,
  "4": 3,
  "5": 4,
};
/** What a question calls an article: "the piece", "the news story", "the write-up". */
export const ARTICLE_NOUN = "(?:news\\s+)?(?:article|piece|story|report|write-?up)";
/** "the very end of", "the opening line of": a part of the article named after it. */
const PART = `(?:(?:at\\s+)?the\\s+(?:very\\s+)?(${[
  "end",
  "close",
  "bottom",
  "start",
  "beginning",
  "opening",
  "top",
  "(?:closing|opening|first|last|final)\\s+(?:line|sentence|paragraph|lines|words)",
].join("|")})\\s+(?:of|in)\\s+)?`;
/**
 * "the second article", "the 1st piece", "the last story", "story #1". Not "article 5", which
 * is as likely NATO's Article 5 as the fifth article of the corpus.
 */
const BY_PLACE = new RegExp(
  `\\b${PART}(?:the\\s+(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)\\s+${ARTICLE_NOUN}\\b|${ARTICLE_NOUN}\\s*(?:#|no\\.)\\s*([1-5])\\b)`,
  "i",
);
const OPENING = /^(?:start|beginning|opening|top|(?:opening|first)\s)/i;

/** An article a question names by its place in the corpus, and where the question says so. */
export interface ArticleReference {
  /** 0-based place in the corpus's order (file names sorted, as `/sources` lists them). */
  place: number;
  /** "the end of the second article": its first or its last paragraph. */
  part?: "opening" | "close";
  span: TextSpan;
}

/**
 * Which article a question names by its place: "according to the second article, …" asks
 * that article, so only its sentences answer; "the opening of the first article", only those
 * of its first paragraph. The place is the corpus's own order, the order in which `/sources`
 * numbers the articles. A place past the last article names none.
 *
 * @example
 * articleNamedByPlace("what does the second article say about NATO?", 2);
 * // { place: 1, span: { start: 10, end: 28 } }
 * articleNamedByPlace("what was the first call about?", 2); // undefined
 * articleNamedByPlace("what did psaki add at the very end of the first article?", 2)?.part;
 * // "close"
 */
export function articleNamedByPlace(
  question: string,
  articleCount: number,
): ArticleReference | undefined {
  const match = BY_PLACE.exec(question);
  if (!match) return undefined;
  const word = (match[2] ?? match[3] ?? "").toLowerCase();
  const place = word === "last" ? articleCount - 1 : ORDINALS[word];
  if (place === undefined || place < 0 || place >= articleCount) return undefined;
  const span = { start: match.index, end: match.index + match[0].length };
  if (match[1] === undefined) return { place, span };
  return { place, span, part: OPENING.test(match[1]) ? "opening" : "close" };
}

/** What an article was written to be read as: a report, or a statement it quotes. */
const TEXT_NOUN =
  "(?:statement|remarks?|comments?|summary|readout|article|piece|story|report|write-?up|text)";
/**
 * "What did Psaki add at the end?", "her final remark": the close of a text, not of the
 * call. The articles close on what they quote last, so such a question asks of the last
 * paragraph of whichever article answers it. "At the end of the call" is a time, not a part.
 */
const AT_THE_CLOSE = new RegExp(
  `\\b(?:at\\s+the\\s+(?:very\\s+)?end(?:\\s+of\\s+(?:the|her|his|its|their|this|that)\\s+(?:[\\p{L}-]+\\s+)?${TEXT_NOUN})?(?!\\s+of\\b)|(?:final|closing|last)\\s+(?:remarks?|words?|lines?|sentences?|comments?|statement))\\b`,
  "iu",
);

/**
 * Where a question asks of the close of a text without naming the article ("what did the
 * press secretary tack on at the end?"): any article's last paragraph.
 *
 * @example
 * closeAskedOf("what did psaki add at the end of her statement?"); // { start: 19, end: 46 }
 * closeAskedOf("what did they agree at the end of the call?");    // undefined
 */
export function closeAskedOf(question: string): TextSpan | undefined {
  const match = AT_THE_CLOSE.exec(question);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/**
 * The articles a question names, by id (none: any article), and the part of them asked
 * about.
 */
export interface ReferredArticle {
  ids?: readonly string[];
  part?: "opening" | "close";
}

/** The corpus's article at a reference's place. */
export function referredArticle(reference: ArticleReference, index: PassageIndex): ReferredArticle {
  const ids = [[...index.articles.keys()][reference.place] ?? ""];
  return reference.part ? { ids, part: reference.part } : { ids };
}

/** Whether a passage lies in the articles, and the part of them, that a question refers to. */
export function inReferredPart(
  index: PassageIndex,
  passageId: number,
  referred: ReferredArticle,
): boolean {
  const passage = index.passages[passageId];
  if (!passage || (referred.ids !== undefined && !referred.ids.includes(passage.articleId))) {
    return false;
  }
  if (referred.part === "opening") return passage.paragraph === 1;
  const last = index.articles.get(passage.articleId)?.paragraphs.length;
  return referred.part !== "close" || passage.paragraph === last;
}
