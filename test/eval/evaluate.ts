import { readFileSync } from "node:fs";
import type { Answer } from "../../src/answer/answer-types.js";

/** One question of an evaluation set. */
export interface EvalQuestion {
  id: string;
  question: string;
  /** Any one of these phrases in a snippet makes it a right answer. */
  expect?: string[];
  outOfCorpus?: boolean;
  note?: string;
}

export interface EvalMiss {
  id: string;
  question: string;
  problem: string;
  got: string;
}

export interface EvalReport {
  inCorpus: number;
  outOfCorpus: number;
  top1: number;
  recallAt3: number;
  mrr: number;
  refusalRate: number;
  falseRefusals: number;
  misses: EvalMiss[];
}

/** The floors the test suite holds answer quality to (issue #2's targets). */
export const QUALITY_FLOORS = { top1: 0.9, recallAt3: 0.97, refusalRate: 0.9, falseRefusals: 0 };

export function readQuestionSet(file: string): EvalQuestion[] {
  const url = new URL(file, import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { questions: EvalQuestion[] }).questions;
}

/** Compares text the way the question sets are written: case and quote style folded. */
export function foldForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase();
}

/** Scores an answering function against a question set. */
export function evaluate(
  questions: readonly EvalQuestion[],
  ask: (q: string) => Answer,
): EvalReport {
  const misses: EvalMiss[] = [];
  let inCorpus = 0;
  let outOfCorpus = 0;
  let top1 = 0;
  let recallAt3 = 0;
  let reciprocalRanks = 0;
  let refused = 0;
  let falseRefusals = 0;
  for (const q of questions) {
    const reply = ask(q.question);
    const first = reply.snippets[0]?.text ?? "(none)";
    if (q.outOfCorpus) {
      outOfCorpus++;
      if (!reply.answered) refused++;
      else
        misses.push({
          id: q.id,
          question: q.question,
          problem: "answered out of corpus",
          got: first,
        });
      continue;
    }
    inCorpus++;
    if (!reply.answered) {
      falseRefusals++;
      misses.push({ id: q.id, question: q.question, problem: "refused", got: "" });
      continue;
    }
    const expected = (q.expect ?? []).map(foldForMatch);
    const rank = reply.snippets.findIndex((s) =>
      expected.some((e) => foldForMatch(s.text).includes(e)),
    );
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) recallAt3++;
    if (rank >= 0) reciprocalRanks += 1 / (rank + 1);
    if (rank !== 0) {
      const problem = rank < 0 ? "not in the snippets" : `found at rank ${rank + 1}`;
      misses.push({ id: q.id, question: q.question, problem, got: first });
    }
  }
  return {
    inCorpus,
    outOfCorpus,
    top1: ratio(top1, inCorpus),
    recallAt3: ratio(recallAt3, inCorpus),
    mrr: ratio(reciprocalRanks, inCorpus),
    refusalRate: ratio(refused, outOfCorpus),
    falseRefusals,
    misses,
  };
}

function ratio(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}
