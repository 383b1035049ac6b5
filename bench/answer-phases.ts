import { answer } from "../src/answer/answer.js";
import type { PassageIndex } from "../src/search/passage-index.js";
import { planQuery } from "../src/search/query-plan.js";
import { rankPassages } from "../src/search/rank-passages.js";
import { round, timed } from "./stats.js";

/** Where `answer()` spends its time, in milliseconds per question (mean over the questions). */
export interface AnswerPhases {
  planMs: number;
  rankMs: number;
  /** Everything after ranking: grouping, snippets, and suggestions on a refusal. */
  restMs: number;
  slowest: { question: string; totalMs: number; planMs: number; rankMs: number; results: number };
}

/**
 * Times `planQuery` and `rankPassages` as `answer()` calls them, then `answer()` whole; the
 * difference is the rest. One warm pass over the questions.
 */
export function answerPhases(index: PassageIndex, questions: readonly string[]): AnswerPhases {
  let plan = 0;
  let rank = 0;
  let rest = 0;
  let slowest: AnswerPhases["slowest"] | undefined;
  for (const question of questions) {
    const planned = timed(() => planQuery(question, index));
    const ranked = timed(() => rankPassages(index, planned.value));
    const total = timed(() => answer(question, { index })).ms;
    plan += planned.ms;
    rank += ranked.ms;
    rest += Math.max(0, total - planned.ms - ranked.ms);
    if (!slowest || total > slowest.totalMs) {
      const results = countResults(index, planned.value);
      slowest = { question, totalMs: total, planMs: planned.ms, rankMs: ranked.ms, results };
    }
  }
  const n = Math.max(1, questions.length);
  const fallback = { question: "", totalMs: 0, planMs: 0, rankMs: 0, results: 0 };
  const worst = slowest ?? fallback;
  return {
    planMs: round(plan / n),
    rankMs: round(rank / n),
    restMs: round(rest / n),
    slowest: {
      ...worst,
      totalMs: round(worst.totalMs),
      planMs: round(worst.planMs),
      rankMs: round(worst.rankMs),
    },
  };
}

/** How many candidates ranking scores for a plan (at most 1,000) before it keeps 30. */
function countResults(index: PassageIndex, plan: ReturnType<typeof planQuery>): number {
  return rankPassages(index, plan, Number.MAX_SAFE_INTEGER).length;
}
