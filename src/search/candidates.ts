import type { Query } from "minisearch";
import { inverseDocumentFrequency, type PassageIndex } from "./passage-index.js";
import type { PlannedTerm } from "./query-plan.js";

/** A passage that matched some of the question's terms, as ranking sees it. */
export interface Hit {
  passageId: number;
  /** BM25 over the terms that matched, each counted once. */
  score: number;
  /** Question terms the passage holds. */
  queryTerms: string[];
  /** The passage's own terms that matched (they differ from the question's on a typo). */
  passageTerms: string[];
  /** Question terms that matched as written, not by a typo. */
  exact: ReadonlySet<string>;
}

/**
 * Words in more passages than this are not searched through MiniSearch but looked up in each
 * candidate's term list: in 100k sentences "president" or "year" sits in thousands, and
 * walking those postings was most of a query's time while barely deciding which passage wins.
 */
const COMMON_TERM = { passages: 1000, share: 0.01 } as const;
/** When a question has only common words, the rarest of them are searched after all. */
const SEARCHED_WHEN_ALL_COMMON = 2;
/** How many of MiniSearch's best results are considered. */
const MAX_CANDIDATES = 1000;
/** BM25+ as MiniSearch scores it (its defaults), for the common terms scored here. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/**
 * The passages worth ranking for a set of planned terms, best first by BM25: MiniSearch finds
 * those holding the selective terms, and the common terms each of them holds are added from
 * its term list, scored as MiniSearch would score them. `within`, when given, keeps only the
 * passages it accepts before the best are taken, so a question about one article is not
 * crowded out by the rest of the corpus.
 *
 * @example
 * findCandidates(index, planned).map((hit) => hit.passageId); // at most MAX_CANDIDATES ids
 */
export function findCandidates(
  index: PassageIndex,
  terms: readonly PlannedTerm[],
  within?: (passageId: number) => boolean,
): Hit[] {
  const { searched, common } = splitCommon(index, terms);
  if (searched.length === 0) return [];
  const query: Query = {
    combineWith: "OR",
    queries: searched.map((term) => ({
      queries: [term.term],
      boostTerm: () => term.weight,
      fuzzy: term.fuzzy > 0 ? term.fuzzy : false,
    })),
  };
  const results = index.miniSearch.search(query, {
    // Terms are already analysed: MiniSearch must take them as they are.
    tokenize: (text) => [text],
    processTerm: (term) => term,
    ...(within ? { filter: (result) => within(result.id as number) } : {}),
  });
  const lookups = common.flatMap((term) => {
    const id = index.passageTerms.idOf(term.term);
    if (id === undefined) return [];
    return [{ term, id, idf: inverseDocumentFrequency(index, term.term) }];
  });
  const averageLength = averageTermCount(index);
  return results.slice(0, MAX_CANDIDATES).map((result) => {
    const passageId = result.id as number;
    const queryTerms = [...result.queryTerms];
    const passageTerms = Object.keys(result.match);
    const exact = new Set(queryTerms.filter((term) => Object.hasOwn(result.match, term)));
    // MiniSearch multiplies by the number of matched terms; synonyms would count twice.
    let score = result.score / Math.max(1, result.queryTerms.length);
    const length = index.passageTerms.termCount(passageId);
    for (const { term, id, idf } of lookups) {
      if (!index.passageTerms.has(passageId, id)) continue;
      queryTerms.push(term.term);
      passageTerms.push(term.term);
      exact.add(term.term);
      score += term.weight * bm25Plus(idf, length, averageLength);
    }
    return { passageId, score, queryTerms, passageTerms, exact };
  });
}

function splitCommon(index: PassageIndex, terms: readonly PlannedTerm[]) {
  const limit = Math.max(COMMON_TERM.passages, index.passages.length * COMMON_TERM.share);
  const frequency = (term: PlannedTerm) => index.documentFrequency.get(term.term) ?? 0;
  const isCommon = (term: PlannedTerm) => term.fuzzy === 0 && frequency(term) > limit;
  let searched = terms.filter((term) => !isCommon(term));
  let common = terms.filter(isCommon);
  if (searched.length === 0) {
    searched = [...common].sort((a, b) => frequency(a) - frequency(b));
    common = searched.splice(SEARCHED_WHEN_ALL_COMMON);
  }
  return { searched, common };
}

/** What one planned term, found once in a passage, adds to its BM25 score. */
export function termScore(index: PassageIndex, passageId: number, term: PlannedTerm): number {
  const length = index.passageTerms.termCount(passageId);
  return (
    term.weight *
    bm25Plus(inverseDocumentFrequency(index, term.term), length, averageTermCount(index))
  );
}

/** A term found once in a passage of `length` terms, weighed as MiniSearch's BM25+ does. */
function bm25Plus(idf: number, length: number, averageLength: number): number {
  const { k, b, d } = BM25;
  return idf * (d + (k + 1) / (1 + k * (1 - b + (b * length) / averageLength)));
}

const averageLengths = new WeakMap<PassageIndex, number>();

function averageTermCount(index: PassageIndex): number {
  let average = averageLengths.get(index);
  if (average === undefined) {
    let total = 0;
    for (let id = 0; id < index.passageTerms.size; id++) total += index.passageTerms.termCount(id);
    average = Math.max(1, total / Math.max(1, index.passageTerms.size));
    averageLengths.set(index, average);
  }
  return average;
}
