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
  const held = new Set(sentenceTerms);
  const names = (value: string | null) => {
    const nameTerms = value ? analyze(value) : [];
    return nameTerms.length > 0 && nameTerms.every((term) => held.has(term));
  };
  return [
    ...(names(article.outlet) ? terms().outlet : []),
    ...(names(article.author) ? terms().author : []),
  ];
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
