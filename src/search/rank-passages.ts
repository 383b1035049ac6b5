import { answerKindCheck } from "./answer-kinds.js";
import { inReferredPart } from "./article-reference.js";
import { articleTerms } from "./article-terms.js";
import { findCandidates, type Hit, termScore } from "./candidates.js";
import { type ByOption, choiceCoverage, optionSlot, wholeCoverage } from "./choice-options.js";
import { preferSpelledOut } from "./elaboration.js";
import { inverseDocumentFrequency, type PassageIndex } from "./passage-index.js";
import type { Concept, PlannedTerm, QueryPlan } from "./query-plan.js";
import { phraseFinder } from "./quoted-phrases.js";

/** A passage that matched, with how well it covers the question. */
export interface RankedPassage {
  passageId: number;
  score: number;
  /** Share (0–1) of the question's concepts, weighed by importance, that this passage holds. */
  coverage: number;
  /** `coverage` when one option of a choice the question offers is enough (`choiceCoverage`). */
  eitherCoverage: number;
  /** Question terms that matched. */
  queryTerms: string[];
  /** Passage terms that matched in the passage's own text (differ from query terms on typos). */
  textTerms: string[];
}

/** How much a concept counts when found only next to the passage. */
const CONTEXT_CREDIT = 0.5;
/**
 * How much a concept counts when found by each kind of term. A curated synonym names the same
 * idea, so it covers it fully; it still scores less than the user's own word (`TERM_WEIGHT`).
 * At 0.7, a question in other words than the article's looked only partly answered: on the
 * 240 questions of the open sets, 15 were refused that the articles answer; at 1, 9.
 */
const CREDIT: Readonly<Record<PlannedTerm["kind"], number>> = {
  own: 1,
  part: 0.8,
  expansion: 1,
  cue: 0,
};
const FUZZY_CREDIT = 0.8;
/** A person the sentence names by a title ("his Russian counterpart"), not by name. */
const TITLE_CREDIT = 0.8;
/** What a question word beside the sentence adds to its score, against one within it. */
const BESIDE_SCORE_SHARE = 0.3;
/**
 * A sentence that opens by pointing back ("And those costs include…", "They each framed…",
 * "That same week…") goes on with what the sentence before it said: that one's words count
 * as its own for coverage, and add this share of their score.
 */
const POINTS_BACK = /^\W*(?:(?:and|but|so)\s+)?(?:this|that|these|those|such|it|they|he|she)\b/i;
const POINTED_SCORE_SHARE = 0.5;
/** What a concept's second and further words add to the score, against its best one. */
const REPEATED_WORD_SHARE = 0.5;
/**
 * Searches the index for a plan and ranks passages by BM25 score times coverage, so a passage
 * that holds every idea of the question beats one that repeats a single word.
 */
export function rankPassages(index: PassageIndex, plan: QueryPlan, limit = 30): RankedPassage[] {
  const totalImportance: ByOption = [QUOTE_IMPORTANCE * plan.quotes.length, 0, 0];
  for (const c of plan.concepts) totalImportance[optionSlot(c)] += c.importance;
  const neighbours = neighbourLookup(index, plan);
  const quotes = plan.quotes.map((quote) => phraseFinder(index, quote));
  // Candidates come best first by BM25; coverage rarely lifts a passage from past the first
  // thousand, and scoring every match of a common word costs time that grows with the corpus.
  const referred = plan.article;
  // "According to the second article": only its sentences are candidates.
  const within = referred && ((id: number) => inReferredPart(index, id, referred));
  const scored = findCandidates(index, uniqueTerms(plan), within)
    .map((hit) => rank(index, hit, plan, totalImportance, neighbours, quotes))
    .sort(byScore);
  // Reading the text for a date or a count is the costliest check, so only the leaders get it.
  if (plan.kinds.length > 0) {
    const kindCreditOf = answerKindCheck(plan, index);
    for (const ranked of scored.slice(0, ANSWER_KIND_CHECKED)) {
      const kindCredit = kindCreditOf(ranked.passageId);
      if (kindCredit === 1) continue;
      ranked.coverage *= kindCredit;
      ranked.eitherCoverage *= kindCredit;
      ranked.score = finalScore(ranked.bm25, ranked.coverage);
    }
    scored.sort(byScore);
  }
  if (preferSpelledOut(index, plan, scored.slice(0, ANSWER_KIND_CHECKED))) scored.sort(byScore);
  return scored.slice(0, limit).map(({ bm25: _, ...ranked }) => ranked);
}

/** How many of the best-covered passages are checked for the kind of answer asked for. */
const ANSWER_KIND_CHECKED = 100;

/** A passage while it is scored. */
type Candidate = RankedPassage & { bm25: number };

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.passageId - b.passageId;
}

function rank(
  index: PassageIndex,
  hit: Hit,
  plan: QueryPlan,
  totalImportance: ByOption,
  neighbours: NeighbourLookup,
  quotes: ReadonlyArray<(passageId: number) => boolean>,
): Candidate {
  const { passageId } = hit;
  const namedByTitle = index.aliases.get(passageId) ?? [];
  const passage = index.passages[passageId];
  // Read once per candidate: the test anchors at the sentence's start and fails at once.
  const pointedTo = passage && POINTS_BACK.test(passage.text) ? passage.prev : null;
  const covered: ByOption = [0, 0, 0];
  let besideScore = 0;
  // A person named by title scores as if named, a little less.
  let titleScore = 0;
  // One word of the sentence answers one idea of the question: "our view" is not both how
  // each side framed things and their positions.
  const spent = new Set<string>();
  for (const concept of plan.concepts) {
    const earned = credit(concept, hit, namedByTitle, neighbours, passageId, pointedTo);
    if (earned.by !== undefined && spent.has(earned.by)) continue;
    if (earned.by !== undefined) spent.add(earned.by);
    covered[optionSlot(concept)] += concept.importance * earned.value;
    if (earned.beside) {
      const share = earned.pointedBack ? POINTED_SCORE_SHARE : BESIDE_SCORE_SHARE;
      besideScore += share * earned.beside.weight * neighbours.idf(earned.beside.term);
    }
    if (earned.byTitle) titleScore += TITLE_CREDIT * termScore(index, passageId, earned.byTitle);
  }
  covered[0] += QUOTE_IMPORTANCE * quotesCredit(index, passageId, quotes);
  const coverage = wholeCoverage(covered, totalImportance);
  // A word beside the sentence adds a fraction of what it would add within it.
  const bm25 = hit.score - repeatedScore(index, hit, plan) + besideScore + titleScore;
  return {
    passageId,
    bm25,
    score: finalScore(bm25, coverage),
    coverage,
    eitherCoverage: choiceCoverage(covered, totalImportance),
    queryTerms: hit.queryTerms,
    textTerms: hit.passageTerms,
  };
}

/** BM25 times coverage, so a passage holding every idea beats one repeating a single word. */
function finalScore(bm25: number, coverage: number): number {
  return bm25 * (0.2 + coverage) ** 2;
}

/** What each quoted phrase held word for word counts, as much as a rare word. */
const QUOTE_IMPORTANCE = 1;

/** Credit for the quoted phrases a passage holds, or one beside it holds (half). */
function quotesCredit(
  index: PassageIndex,
  passageId: number,
  finders: ReadonlyArray<(passageId: number) => boolean>,
): number {
  const passage = index.passages[passageId];
  if (!passage) return 0;
  let credit = 0;
  for (const holds of finders) {
    if (holds(passageId)) credit += 1;
    else if (
      (passage.prev !== null && holds(passage.prev)) ||
      (passage.next !== null && holds(passage.next))
    ) {
      credit += CONTEXT_CREDIT;
    }
  }
  return credit;
}

/**
 * A concept found by several of its words ("phone" and "contact" for "call") is one idea
 * found, not several: past each concept's best-scoring word, the words add only a share of
 * their BM25 score. This is the score to take off. A word shared by two concepts is scored
 * once, as MiniSearch scored it.
 */
function repeatedScore(index: PassageIndex, hit: Hit, plan: QueryPlan): number {
  const scores = new Map<string, number>();
  let kept = 0;
  // Naming both of "Biden or Putin" answers the choice no better than naming one.
  let unchosen = 0;
  for (const concept of plan.concepts) {
    let best = 0;
    let all = 0;
    for (const term of concept.terms) {
      if (!hit.exact.has(term.term)) continue;
      const score = termScore(index, hit.passageId, term);
      scores.set(term.term, Math.max(scores.get(term.term) ?? 0, score));
      best = Math.max(best, score);
      all += score;
    }
    kept += best;
    if (concept.alternatives) unchosen += all - best;
  }
  let total = 0;
  for (const score of scores.values()) total += score;
  return (1 - REPEATED_WORD_SHARE) * Math.max(0, total - kept) + REPEATED_WORD_SHARE * unchosen;
}

/**
 * Whether the sentence before or after a passage holds a term, or its article's outlet,
 * author or dates do; and how rare a term is.
 */
interface NeighbourLookup {
  /** Whether the sentence before or after a passage holds a term. */
  holds(passageId: number, term: string): boolean;
  /** Whether the passage's article's outlet, author or dates hold a term. */
  aboutArticle(passageId: number, term: string): boolean;
  /** Whether a passage itself holds a term. */
  heldIn(passageId: number, term: string): boolean;
  idf(term: string): number;
}

function neighbourLookup(index: PassageIndex, plan: QueryPlan): NeighbourLookup {
  const aboutArticles = articleTerms(index);
  const termIds = new Map<string, number | undefined>();
  for (const term of plan.concepts.flatMap((c) => c.terms)) {
    termIds.set(term.term, index.passageTerms.idOf(term.term));
  }
  return {
    holds(passageId, term) {
      const passage = index.passages[passageId];
      if (!passage) return false;
      const id = termIds.get(term);
      if (id === undefined) return false;
      const { prev, next } = passage;
      return (
        (prev !== null && index.passageTerms.has(prev, id)) ||
        (next !== null && index.passageTerms.has(next, id))
      );
    },
    aboutArticle(passageId, term) {
      const passage = index.passages[passageId];
      return passage !== undefined && aboutArticles.get(passage.articleId)?.has(term) === true;
    },
    heldIn(passageId, term) {
      const id = termIds.get(term);
      return id !== undefined && index.passageTerms.has(passageId, id);
    },
    idf: (term) => inverseDocumentFrequency(index, term),
  };
}

/**
 * The best credit any of a concept's terms earns in this result (0 when none matched). A term
 * the sentence lacks but a neighbour holds earns part: it is often the same thing by another
 * name ("his Russian counterpart", "the Kremlin leader"). The sentence a passage points back
 * to is part of what it says, and earns in full; so do its article's outlet, author and dates,
 * which every sentence of it is about ("the turan one says biden asked putin to…").
 */
function credit(
  concept: Concept,
  hit: Hit,
  namedByTitle: readonly string[],
  neighbours: NeighbourLookup,
  passageId: number,
  pointedTo: number | null,
): Credit {
  let best: Credit = { value: 0 };
  for (const term of concept.terms) {
    if (hit.queryTerms.includes(term.term)) {
      const value = CREDIT[term.kind] * (hit.exact.has(term.term) ? 1 : FUZZY_CREDIT);
      if (value > best.value) best = { value, by: term.term };
    } else if (namedByTitle.includes(term.term)) {
      const value = CREDIT[term.kind] * TITLE_CREDIT;
      if (value > best.value) best = { value, byTitle: term };
    } else if (
      pointedTo !== null &&
      CREDIT[term.kind] > best.value &&
      neighbours.heldIn(pointedTo, term.term)
    ) {
      best = { value: CREDIT[term.kind], beside: term, pointedBack: true };
    } else if (CREDIT[term.kind] > best.value && neighbours.aboutArticle(passageId, term.term)) {
      best = { value: CREDIT[term.kind], beside: term };
    } else if (
      CREDIT[term.kind] * CONTEXT_CREDIT > best.value &&
      neighbours.holds(passageId, term.term)
    ) {
      best = { value: CREDIT[term.kind] * CONTEXT_CREDIT, beside: term };
    }
  }
  return best;
}

/** What a concept earns in a passage, and how, when not by the passage's own words. */
interface Credit {
  value: number;
  /** The passage's own term that earned it. */
  by?: string;
  /** The term found only beside the passage. */
  beside?: PlannedTerm;
  /** Found in the sentence the passage points back to ("And those costs…"). */
  pointedBack?: boolean;
  /** The term of a person the passage names by title. */
  byTitle?: PlannedTerm;
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
