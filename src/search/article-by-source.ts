import type { Article } from "../corpus/article.js";
import { analyze } from "../text/analyze.js";
import { ARTICLE_NOUN } from "./article-reference.js";
import type { TextSpan } from "./choice-options.js";
import { nameTermsOf } from "./front-matter-terms.js";
import type { PassageIndex } from "./passage-index.js";

/** The articles a question names by their source or title, and where the question says so. */
export interface ArticlesBySource {
  /** Ids of the articles meant, in the corpus's order; never none, never all. */
  ids: string[];
  span: TextSpan;
}

const ARTICLE = `(?:one|${ARTICLE_NOUN})`;
/** "the unsigned article", "the piece with no byline": an article whose author is not given. */
const UNSIGNED = new RegExp(
  `\\b(?:the\\s+)?(?:(?:unsigned|anonymous|uncredited|unbylined|bylineless|authorless|no[- ]byline|no[- ]author)\\s+${ARTICLE}|${ARTICLE_NOUN}\\s+(?:with\\s+no|without\\s+an?|w/?o\\s+an?)\\s+(?:byline|author|named\\s+author|writer))\\b`,
  "iu",
);
/** "the non-TURAN piece", "the article not from TURAN", "the other one (not turan)". */
const NOT_FROM = new RegExp(
  `\\b(?:the\\s+)?(?:non[- ]?([\\p{L}\\d]+)\\s+${ARTICLE}|(?:other\\s+)?${ARTICLE_NOUN}\\s*[(,]?\\s*(?:that\\s+is\\s*n[o']t|that's\\s+not|which\\s+is\\s*n[o']t|not)\\s+(?:the\\s+)?(?:(?:from|by)\\s+)?([\\p{L}\\d]+)(?:\\s+${ARTICLE})?\\)?)`,
  "iu",
);

/**
 * "the phone chat article", "that cautions piece": one to four words between "the" and the
 * noun. All of them must name the article, so "the background call report" names none.
 */
const NAMED = new RegExp(
  `\\b(?:the|this|that)\\s+((?:[\\p{L}\\d'’-]+\\s+){1,4})(?:${ARTICLE_NOUN})\\b`,
  "giu",
);

/**
 * Which articles a question names by who wrote or published them, or by their title: "in the
 * unsigned article" asks the articles whose author the front matter does not give; "the
 * non-TURAN piece", those whose outlet or author is not TURAN; "the phone chat article", those
 * whose title says "phone chat". Only those articles' sentences then answer, and the
 * words naming them are not searched: an outlet named only to be ruled out is not an idea
 * the answer must hold. A source no article has, or one that rules out every article or
 * none, names no article.
 *
 * @example
 * articlesNamedBySource("did the non-turan piece say anything hopeful?", index);
 * // { ids: ["phone-chat-cautions"], span: { start: 4, end: 23 } }
 * articlesNamedBySource("what did turan's correspondent report?", index); // undefined
 */
export function articlesNamedBySource(
  question: string,
  index: PassageIndex,
): ArticlesBySource | undefined {
  // Most questions name no article: the corpus's articles are listed only for one that does.
  const articles = () => [...index.articles.values()];
  const unsigned = UNSIGNED.exec(question);
  if (unsigned) {
    const ids = idsWhere(articles(), (article) => !article.author);
    if (ids) return { ids, span: spanOf(unsigned) };
  }
  const notFrom = NOT_FROM.exec(question);
  const source = notFrom?.[1] ?? notFrom?.[2];
  if (notFrom && source) {
    const [term] = analyze(source);
    const ids = term
      ? idsWhere(articles(), (article) => {
          const { outlet, author } = nameTermsOf(article);
          return !outlet.includes(term) && !author.includes(term);
        })
      : undefined;
    if (ids) return { ids, span: spanOf(notFrom) };
  }
  return namedByTitle(question, articles);
}

/**
 * "the phone chat article", "the cautions piece": the words right before the noun are all
 * words of some articles' titles, and not of all. Not an outlet ("the TURAN story"): every
 * sentence of its articles already holds the outlet's name as a term, and "who filed the
 * TURAN story" needs that term to find the sentence naming TURAN's correspondent (read as
 * naming the articles, 8 such questions fell from first place).
 */
function namedByTitle(
  question: string,
  articles: () => readonly Article[],
): ArticlesBySource | undefined {
  for (const match of question.matchAll(NAMED)) {
    const words = (match[1] ?? "").trim().split(/\s+/);
    const terms = words.map((word) => analyze(word));
    // Every word is a title word: "the other article" and "the first piece" name none here.
    if (terms.some((wordTerms) => wordTerms.length === 0)) continue;
    const ids = idsWhere(articles(), (article) =>
      terms.flat().every((term) => titleTerms(article).has(term)),
    );
    if (ids) return { ids, span: spanOf(match) };
  }
  return undefined;
}

const titleTermsByArticle = new WeakMap<Article, Set<string>>();

function titleTerms(article: Article): Set<string> {
  let terms = titleTermsByArticle.get(article);
  if (!terms) {
    terms = new Set(analyze(article.title));
    titleTermsByArticle.set(article, terms);
  }
  return terms;
}

/** The ids of the articles that pass, unless none or all of them do. */
function idsWhere(
  articles: readonly Article[],
  passes: (article: Article) => boolean,
): string[] | undefined {
  const ids = articles.filter(passes).map((article) => article.id);
  return ids.length > 0 && ids.length < articles.length ? ids : undefined;
}

function spanOf(match: RegExpExecArray): TextSpan {
  return { start: match.index, end: match.index + match[0].length };
}
