import MiniSearch, { type Options } from "minisearch";
import type { Article } from "../corpus/article.js";
import type { Passage } from "../passages/passage.js";
import { splitPassages } from "../passages/split-passages.js";
import { analyze, analyzeTokens } from "../text/analyze.js";
import { foldText } from "../text/fold.js";
import { plainIdioms } from "../text/idioms.js";
import { namedFieldTerms } from "./front-matter-terms.js";
import { PassageTerms } from "./passage-terms.js";
import { titleAliases } from "./title-aliases.js";

/** What MiniSearch indexes for a passage: its analysed terms joined by spaces, not prose. */
export interface IndexedPassage {
  id: number;
  text: string;
}

/**
 * Everything the answer step needs about a corpus: its articles, their sentence passages,
 * the MiniSearch index over them and how many passages hold each term (for term weights).
 */
export interface PassageIndex {
  articles: ReadonlyMap<string, Article>;
  passages: readonly Passage[];
  miniSearch: MiniSearch<IndexedPassage>;
  /** Each passage's terms, so ranking can read a candidate's neighbours. */
  passageTerms: PassageTerms;
  /** Passage → the name terms of a person it names by title only (see `titleAliases`). */
  aliases: ReadonlyMap<number, readonly string[]>;
  /** Term → number of passages whose own text contains it. */
  documentFrequency: ReadonlyMap<string, number>;
}

/** How passages are indexed; a snapshot must be loaded with the same options. */
export const MINISEARCH_OPTIONS: Options<IndexedPassage> = {
  fields: ["text"],
  storeFields: [],
  // Analysis is ours, so index and query terms agree exactly: the field MiniSearch indexes
  // already holds each sentence's analysed terms, joined by spaces.
  tokenize: (terms) => (terms === "" ? [] : terms.split(" ")),
  processTerm: (term) => term,
};

/**
 * Builds the index for a set of articles.
 *
 * @example
 * const index = buildPassageIndex(corpus.articles);
 * index.passages.length; // one entry per sentence
 */
export function buildPassageIndex(articles: readonly Article[]): PassageIndex {
  const passages = splitPassages(articles);
  // Analysis is most of the build: do it once per sentence, for the index, the term lists
  // and the titles. (`analyze` is this: fold, then tokenise.)
  const folded = passages.map((passage) => foldText(passage.text));
  const tokens = folded.map((text) => analyzeTokens(text));
  const byId = new Map(articles.map((article) => [article.id, article]));
  const terms = tokens.map((sentence, id) => {
    // An idiom is indexed as the plain words it means, as a question is read: "set the tone
    // and tenor for the talks" says what the call prepared, not what its tone was.
    const text = folded[id] ?? "";
    const plain = plainIdioms(text);
    const own = plain === text ? sentence.flatMap((token) => token.terms) : analyze(plain);
    const article = byId.get(passages[id]?.articleId ?? "");
    return article ? [...own, ...namedFieldTerms(article, own)] : own;
  });
  const miniSearch = new MiniSearch<IndexedPassage>(MINISEARCH_OPTIONS);
  miniSearch.addAll(
    passages.map((passage) => ({ id: passage.id, text: terms[passage.id]?.join(" ") ?? "" })),
  );
  const passageTerms = PassageTerms.fromTerms(terms);
  return {
    articles: byId,
    passages,
    miniSearch,
    passageTerms,
    aliases: titleAliases(tokens),
    documentFrequency: passageTerms.documentFrequencies(),
  };
}

/** Inverse document frequency as BM25 weighs it; unseen terms get the highest weight. */
export function inverseDocumentFrequency(index: PassageIndex, term: string): number {
  const total = index.passages.length;
  const frequency = index.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}
