import { answerKindCheck } from "./answer-kinds.js";
import { inReferredPart } from "./article-reference.js";
import { findCandidates, type Hit, termScore } from "./candidates.js";
import { type ByOption, choiceCoverage, optionSlot, wholeCoverage } from "./choice-options.js";
import {
  CONTEXT_CREDIT,
  credit,
  type NeighbourLookup,
  neighbourLookup,
  TITLE_CREDIT,
} from "./concept-credit.js";
import { preferSpelledOut } from "./elaboration.js";
import { NAMES_THE_PAIR } from "./named-pair.js";
import type { PassageIndex } from "./passage-index.js";
import type { PlannedTerm, QueryPlan } from "./query-plan.js";
import { phraseFinder } from "./quoted-phrases.js";
import { speaks } from "./speaker.js";

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
  const neighbours = neighbourLookup(index, plan);
  // Candidates come best first by BM25; coverage rarely lifts a passage from past the first
  // thousand, and scoring every match of a common word costs time that grows with the corpus.
  const referred = plan.article;
  // "According to the second article": only its sentences are candidates.
  const within = referred && ((id: number) => inReferredPart(index, id, referred));
  const hits = findCandidates(index, uniqueTerms(plan), within);
  // A phrase no candidate holds word for word is the asker's wording ("they 'swapped
  // warnings'"), not the articles': it asks no more than its words, which are searched.
  const quotes = plan.quotes
    .map((quote) => phraseFinder(index, quote))
    .filter((holds) => hits.some((hit) => holds(hit.passageId)));
  const totalImportance: ByOption = [QUOTE_IMPORTANCE * quotes.length, 0, 0];
  for (const c of plan.concepts) totalImportance[optionSlot(c)] += c.importance;
  const scored = hits
    .map((hit) => rank(index, hit, plan, totalImportance, neighbours, quotes))
    .sort(byScore);
  // Reading the text for a date or a count is the costliest check, so only the leaders get it.
  if (plan.kinds.length > 0) {
    const kindCreditOf = answerKindCheck(plan, index);
    for (const ranked of scored.slice(0, ANSWER_KIND_CHECKED)) {
      const kindCredit = kindCreditOf(ranked.passageId);
      if (kindCredit.ranking === 1) continue;
      ranked.coverage *= kindCredit.ranking;
      ranked.eitherCoverage *= kindCredit.deciding;
      ranked.score = finalScore(ranked.bm25, ranked.coverage);
    }
    scored.sort(byScore);
  }
  if (plan.speaker.length > 0) {
    for (const ranked of scored.slice(0, ANSWER_KIND_CHECKED)) {
      // Reading a sentence word by word costs; most do not name the speaker at all.
      const { passageId } = ranked;
      if (!plan.speaker.some((term) => index.passageTerms.hasTerm(passageId, term))) continue;
      if (speaks(index.passages[passageId]?.text ?? "", plan.speaker))
        ranked.score *= SPEAKER_BOOST;
    }
    scored.sort(byScore);
  }
  if (preferSpelledOut(index, plan, scored.slice(0, ANSWER_KIND_CHECKED))) scored.sort(byScore);
  return scored.slice(0, limit).map(({ bm25: _, ...ranked }) => ranked);
}

/**
 * What a sentence that has the asked-about speaker saying something earns over one naming them
 * otherwise ("what did the Kremlin say": "The Kremlin insisted…" over "Biden warned the Kremlin").
 * Measured on the open sets: 1.08 to 1.15 put six more questions first and lost none; 1.2
 * and above began to lose some: "did the official say the two leaders repeated familiar
 * stances" went to a sentence where the official speaks of something else.
 */
const SPEAKER_BOOST = 1.15;

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
  const total: ByOption = [...totalImportance];
  let besideScore = 0;
  // A person named by title scores as if named, a little less.
  let titleScore = 0;
  // One word of the sentence answers one idea of the question: "our view" is not both how
  // each side framed things and their positions. The two options of a choice are not both
  // asked, so each may use a word the other used ("shift its stance, or repeat the usual
  // positions?"); an idea they share may not.
  const spent = new Map<string, Set<number>>();
  for (const concept of plan.concepts) {
    const slot = optionSlot(concept);
    const isSpent = (term: string) => {
      const slots = spent.get(term);
      return (
        slots !== undefined && (slots.has(0) || slots.has(slot) || (slot === 0 && slots.size > 0))
      );
    };
    const earned =
      concept.span && !concept.span.test(passage?.text ?? "")
        ? { value: 0 }
        : credit(concept, hit, namedByTitle, neighbours, passageId, pointedTo, isSpent);
    // "between dc n moscow": "the two nations" names both sides, though neither by name.
    if (concept.pairMember && earned.value < 1 && NAMES_THE_PAIR.test(passage?.text ?? "")) {
      earned.value = 1;
    }
    if (earned.by !== undefined)
      spent.set(earned.by, (spent.get(earned.by) ?? new Set()).add(slot));
    covered[slot] += concept.importance * earned.value;
    // A word the articles lack, said aside ("my roommate said…"), is in no sentence: counted,
    // it lowers them all alike and refuses questions they answer. One they hold still counts.
    if (concept.aside && !concept.inCorpus) total[slot] -= concept.importance * (1 - earned.value);
    if (earned.beside) {
      const share = earned.pointedBack ? POINTED_SCORE_SHARE : BESIDE_SCORE_SHARE;
      besideScore += share * earned.beside.weight * neighbours.idf(earned.beside.term);
    }
    if (earned.byTitle) titleScore += TITLE_CREDIT * termScore(index, passageId, earned.byTitle);
  }
  covered[0] += QUOTE_IMPORTANCE * quotesCredit(index, passageId, quotes);
  const coverage = wholeCoverage(covered, total);
  // A word beside the sentence adds a fraction of what it would add within it.
  const bm25 = hit.score - repeatedScore(index, hit, plan) + besideScore + titleScore;
  return {
    passageId,
    bm25,
    score: finalScore(bm25, coverage),
    coverage,
    eitherCoverage: choiceCoverage(covered, total),
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

/** The same term may stand for two concepts; search it once, at its highest weight. */
function uniqueTerms(plan: QueryPlan): PlannedTerm[] {
  const byTerm = new Map<string, PlannedTerm>();
  for (const term of [...plan.concepts.flatMap((c) => c.terms), ...plan.cues]) {
    const existing = byTerm.get(term.term);
    if (!existing || existing.weight < term.weight) byTerm.set(term.term, term);
  }
  return [...byTerm.values()];
}
