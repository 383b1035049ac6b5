import type { Query, SearchResult } from "minisearch";
import { FIELD_BOOST, type IndexedField, type PassageIndex } from "./passage-index.js";
import type { Concept, PlannedTerm, QueryPlan } from "./query-plan.js";

/** A passage that matched, with how well it covers the question. */
export interface RankedPassage {
  passageId: number;
  score: number;
  /** Share (0–1) of the question's concepts, weighed by importance, that this passage holds. */
  coverage: number;
  /** Question terms that matched. */
  queryTerms: string[];
  /** Passage terms that matched in the passage's own text (differ from query terms on typos). */
  textTerms: string[];
}

/** How much a concept counts when found only next to the passage, or only as a synonym. */
const CONTEXT_CREDIT = 0.5;
const CREDIT: Readonly<Record<PlannedTerm["kind"], number>> = {
  own: 1,
  part: 0.8,
  expansion: 0.7,
  cue: 0,
};
const FUZZY_CREDIT = 0.8;
/** A count asked for and no number in the passage, a date and no date: it can hardly answer. */
const LACKS_ANSWER_TYPE_CREDIT = 0.6;
const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b/i;

function lacksWhatIsNeeded(plan: QueryPlan, result: SearchResult, index: PassageIndex): boolean {
  if (plan.needs.number && !NUMBER.test(index.passages[result.id as number]?.text ?? "")) {
    return true;
  }
  const cues = new Set(plan.cues.map((cue) => cue.term));
  return plan.needs.hint && !result.terms.some((term) => cues.has(term));
}

/**
 * Searches the index for a plan and ranks passages by BM25 score times coverage, so a passage
 * that holds every idea of the question beats one that repeats a single word.
 */
export function rankPassages(index: PassageIndex, plan: QueryPlan, limit = 30): RankedPassage[] {
  const planned = uniqueTerms(plan);
  if (planned.length === 0) return [];
  const query: Query = {
    combineWith: "OR",
    queries: planned.map((term) => ({
      queries: [term.term],
      boostTerm: () => term.weight,
      fuzzy: term.fuzzy > 0 ? term.fuzzy : false,
    })),
  };
  const results = index.miniSearch.search(query, {
    // Terms are already analysed: MiniSearch must take them as they are.
    tokenize: (text) => [text],
    processTerm: (term) => term,
    boost: FIELD_BOOST,
  });
  const totalImportance = plan.concepts.reduce((sum, c) => sum + c.importance, 0);
  return results
    .map((result) => rank(result, plan, totalImportance, index))
    .sort((a, b) => b.score - a.score || a.passageId - b.passageId)
    .slice(0, limit);
}

function rank(
  result: SearchResult,
  plan: QueryPlan,
  totalImportance: number,
  index: PassageIndex,
): RankedPassage {
  const covered = plan.concepts.reduce((sum, c) => sum + c.importance * credit(c, result), 0);
  let coverage = totalImportance > 0 ? covered / totalImportance : 0;
  if (lacksWhatIsNeeded(plan, result, index)) coverage *= LACKS_ANSWER_TYPE_CREDIT;
  // MiniSearch multiplies by the number of matched terms; synonyms would count twice, so undo it.
  const bm25 = result.score / Math.max(1, result.queryTerms.length);
  return {
    passageId: result.id as number,
    score: bm25 * (0.2 + coverage) ** 2,
    coverage,
    queryTerms: result.queryTerms,
    textTerms: Object.entries(result.match)
      .filter(([, fields]) => fields.includes("text"))
      .map(([term]) => term),
  };
}

/** The best credit any of a concept's terms earns in this result (0 when none matched). */
function credit(concept: Concept, result: SearchResult): number {
  let best = 0;
  for (const term of concept.terms) {
    if (!result.queryTerms.includes(term.term)) continue;
    const fields = fieldsMatched(term.term, result);
    let value = CREDIT[term.kind] * (fields.exact ? 1 : FUZZY_CREDIT);
    if (!fields.inText) value *= CONTEXT_CREDIT;
    best = Math.max(best, value);
  }
  return best;
}

/**
 * Where a query term matched. `match` is keyed by the passage's term, which differs from the
 * query term on a fuzzy match; such keys are attributed to every fuzzy query term.
 */
function fieldsMatched(queryTerm: string, result: SearchResult) {
  const exactFields = result.match[queryTerm] as IndexedField[] | undefined;
  if (exactFields) return { exact: true, inText: exactFields.includes("text") };
  const fuzzyFields = Object.entries(result.match)
    .filter(([term]) => !result.queryTerms.includes(term))
    .flatMap(([, fields]) => fields);
  return { exact: false, inText: fuzzyFields.includes("text") };
}

/** The same term may stand for two concepts; search it once, at its highest weight. */
function uniqueTerms(plan: QueryPlan): PlannedTerm[] {
  const byTerm = new Map<string, PlannedTerm>();
  for (const term of [...plan.concepts.flatMap((c) => c.terms), ...plan.cues]) {
    const existing = byTerm.get(term.term);
    if (!existing || existing.weight < term.weight) byTerm.set(term.term, term);
  }
  return [...byTerm.values()];
}
