import type { Article } from "../corpus/article.js";
import { analyze } from "../text/analyze.js";

/**
 * The index terms of the front-matter fields a sentence can name: the outlet and the author.
 * Analysed once, on first use, so the lexicon is read before them.
 */
let fieldTerms: { outlet: string[]; author: string[] } | undefined;

function terms(): { outlet: string[]; author: string[] } {
  fieldTerms ??= { outlet: analyze("outlet"), author: analyze("author") };
  return fieldTerms;
}

/**
 * The front matter says who published an article and who wrote it, so a sentence naming its
 * own article's outlet ("TURAN's U.S. correspondent reports") speaks of the outlet, and one
 * naming its author of the author. Such a sentence is indexed as saying "outlet" (or
 * "author") too: "Which news agency's correspondent reported the call?" then finds it through
 * the synonyms of "outlet", though no sentence says "outlet" or "agency".
 *
 * @example
 * namedFieldTerms(turan, analyze("TURAN's U.S. correspondent reports")); // ["outlet"]
 */
export function namedFieldTerms(
  article: Pick<Article, "outlet" | "author">,
  sentenceTerms: readonly string[],
): string[] {
  const { outlet, author } = nameTermsOf(article);
  const names = (nameTerms: readonly string[]) =>
    nameTerms.length > 0 && nameTerms.every((term) => sentenceTerms.includes(term));
  return [...(names(outlet) ? terms().outlet : []), ...(names(author) ? terms().author : [])];
}

/** Per article: its outlet's and author's names as index terms, analysed once for all its sentences. */
const namesByArticle = new WeakMap<object, { outlet: string[]; author: string[] }>();

export function nameTermsOf(article: Pick<Article, "outlet" | "author">) {
  let names = namesByArticle.get(article);
  if (!names) {
    names = {
      outlet: article.outlet ? analyze(article.outlet) : [],
      author: article.author ? analyze(article.author) : [],
    };
    namesByArticle.set(article, names);
  }
  return names;
}

/**
 * The field terms of the fields an article fills: every sentence of an article with an outlet
 * is about a report by that outlet, though only some name it.
 *
 * @example
 * filledFieldTerms({ outlet: "TURAN", author: null }); // ["outlet"]
 */
export function filledFieldTerms(article: Pick<Article, "outlet" | "author">): string[] {
  return [...(article.outlet ? terms().outlet : []), ...(article.author ? terms().author : [])];
}
