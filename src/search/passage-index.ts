import MiniSearch, { type Options } from "minisearch";
import type { Article } from "../corpus/article.js";
import type { Passage } from "../passages/passage.js";
import { splitPassages } from "../passages/split-passages.js";
import { analyze } from "../text/analyze.js";

/** The fields each passage is indexed under; `context` holds the sentences either side of it. */
export type IndexedField = "text" | "context";

/** What MiniSearch indexes for a passage: analysed terms joined by spaces, not prose. */
export interface IndexedPassage {
  id: number;
  /** The sentence's own terms. */
  text: string;
  /** The terms of the sentences before and after it in its article. */
  context: string;
}

/**
 * Everything the answer step needs about a corpus: its articles, their sentence passages,
 * the MiniSearch index over them and how many passages hold each term (for term weights).
 */
export interface PassageIndex {
  articles: ReadonlyMap<string, Article>;
  passages: readonly Passage[];
  miniSearch: MiniSearch<IndexedPassage>;
  /** Term → number of passages whose own text contains it. */
  documentFrequency: ReadonlyMap<string, number>;
}

/** How passages are indexed; a snapshot must be loaded with the same options. */
export const MINISEARCH_OPTIONS: Options<IndexedPassage> = {
  fields: ["text", "context"],
  storeFields: [],
  // Analysis is ours, so index and query terms agree exactly: the fields MiniSearch indexes
  // already hold each sentence's analysed terms, joined by spaces (see `toIndexed`).
  tokenize: (terms) => (terms === "" ? [] : terms.split(" ")),
  processTerm: (term) => term,
};

/** Field weights: a word in the sentence itself counts far more than one beside it. */
export const FIELD_BOOST: Readonly<Record<IndexedField, number>> = { text: 1, context: 0.3 };

/**
 * Builds the index for a set of articles.
 *
 * @example
 * const index = buildPassageIndex(corpus.articles);
 * index.passages.length; // one entry per sentence
 */
export function buildPassageIndex(articles: readonly Article[]): PassageIndex {
  const passages = splitPassages(articles);
  // Analysis is most of the build: do it once per sentence, for its own field, its
  // neighbours' context fields and the term counts alike.
  const terms = passages.map((passage) => analyze(passage.text));
  const miniSearch = new MiniSearch<IndexedPassage>(MINISEARCH_OPTIONS);
  miniSearch.addAll(passages.map((passage) => toIndexed(passage, terms)));
  return {
    articles: new Map(articles.map((article) => [article.id, article])),
    passages,
    miniSearch,
    documentFrequency: countDocumentFrequency(terms),
  };
}

/** Inverse document frequency as BM25 weighs it; unseen terms get the highest weight. */
export function inverseDocumentFrequency(index: PassageIndex, term: string): number {
  const total = index.passages.length;
  const frequency = index.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}

function toIndexed(passage: Passage, terms: readonly string[][]): IndexedPassage {
  // Neighbours across a paragraph break count too: news paragraphs are often one sentence,
  // and "his Russian counterpart" is Putin only by the sentence before.
  const termsOf = (id: number | null) => (id === null ? [] : (terms[id] ?? []));
  return {
    id: passage.id,
    text: termsOf(passage.id).join(" "),
    context: [...termsOf(passage.prev), ...termsOf(passage.next)].join(" "),
  };
}

function countDocumentFrequency(terms: readonly string[][]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const sentenceTerms of terms) {
    for (const term of new Set(sentenceTerms)) {
      frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
  }
  return frequency;
}
