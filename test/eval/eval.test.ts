import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { type EvalReport, evaluate, foldForMatch, readQuestionSet } from "./evaluate.js";

/**
 * Regression floors: the issue's targets (top-1 90%, recall@3 97%, 0 false refusals), and the
 * refusal rate measured when this test was last raised (the target is 90%). Raise these as
 * the engine improves. The other sets' floors keep a change from making them worse unnoticed;
 * one moves down only for a change that is better on all sets together, and its commit says so.
 */
const FLOORS = { top1: 0.9, recallAt3: 0.97, refusalRate: 1, falseRefusals: 0 };
/**
 * The held-out casual phrasings are far below the dev set (see the README); these floors only
 * keep a change from making them worse unnoticed.
 */
const HOLDOUT_FLOORS = { top1: 0.73, recallAt3: 0.86, refusalRate: 1, falseRefusals: 0 };
/** The set written blind (see its $comment): today's figures, as a floor. */
const FRESH_FLOORS = { top1: 0.93, recallAt3: 1, refusalRate: 1, falseRefusals: 0 };
/** The second blind set, measured once and never read for misses: its figures, as a floor. */
const BLIND_FLOORS = { top1: 0.83, recallAt3: 1, refusalRate: 0.83, falseRefusals: 0 };
/** The paraphrase set open for tuning (120 questions, see its $comment): today's figures. */
const TUNE_FLOORS = { top1: 0.88, recallAt3: 0.95, refusalRate: 0.9, falseRefusals: 1 };
/** The second paraphrase set open for tuning (100 questions, see its $comment): today's figures. */
const TUNE2_FLOORS = { top1: 0.87, recallAt3: 0.95, refusalRate: 0.9, falseRefusals: 0 };
/** The third paraphrase set open for tuning (100 questions, see its $comment): today's figures. */
const TUNE3_FLOORS = { top1: 0.87, recallAt3: 0.92, refusalRate: 0.75, falseRefusals: 2 };
/** The fourth set written blind (80 questions), open for tuning since 61ebd93: today's figures. */
const BLIND3_FLOORS = { top1: 0.9, recallAt3: 0.96, refusalRate: 0.8, falseRefusals: 1 };
/**
 * The fifth set written blind (80 questions): figures only for the session that wrote it
 * (85.0%, 91.7%, 50%, 3 at its start), open for tuning since 420f978: today's figures.
 */
const BLIND4_FLOORS = { top1: 0.93, recallAt3: 0.98, refusalRate: 0.8, falseRefusals: 1 };
/** The sixth set written blind (80 questions), figures only: today's figures. */
const BLIND5_FLOORS = { top1: 0.85, recallAt3: 0.93, refusalRate: 0.8, falseRefusals: 1 };
/**
 * The seventh set written blind (80 questions), figures only: read at the start of the session
 * that wrote it and after its changes; today's figures.
 */
const BLIND6_FLOORS = { top1: 0.75, recallAt3: 0.83, refusalRate: 0.85, falseRefusals: 2 };
/** The third set written blind (80 questions), figures only: today's figures. */
const BLIND2_FLOORS = { top1: 0.8, recallAt3: 0.93, refusalRate: 0.9, falseRefusals: 2 };

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

describe("question sets", () => {
  const corpusText = foldForMatch(
    ["phone-chat-cautions", "turan-serious-substantive-call"]
      .map((id) => readFileSync(new URL(`../../corpus/${id}.md`, import.meta.url), "utf8"))
      .join("\n"),
  );
  for (const file of [
    "./questions.json",
    "./holdout-questions.json",
    "./fresh-questions.json",
    "./blind-questions.json",
    "./tune-questions.json",
    "./tune2-questions.json",
    "./tune3-questions.json",
    "./blind2-questions.json",
    "./blind3-questions.json",
    "./blind4-questions.json",
    "./blind5-questions.json",
    "./blind6-questions.json",
  ]) {
    it(`${file}: every expected phrase is in the corpus, and the set is big enough`, () => {
      const questions = readQuestionSet(file);
      expect(questions.filter((q) => q.outOfCorpus).length).toBeGreaterThanOrEqual(10);
      for (const q of questions.filter((q) => !q.outOfCorpus)) {
        expect(q.expect?.length, q.id).toBeGreaterThan(0);
        for (const phrase of q.expect ?? [])
          expect(corpusText, `${q.id}: ${phrase}`).toContain(foldForMatch(phrase));
      }
    });
  }
});

describe("answer quality", () => {
  it("meets the targets on the dev question set", () => {
    const questions = readQuestionSet("./questions.json");
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(questions.filter((q) => q.outOfCorpus).length).toBeGreaterThanOrEqual(15);
    expectAtLeast(
      evaluate(questions, (q) => answer(q, { index })),
      FLOORS,
    );
  });

  it.each([
    ["the held-out casual phrasings", "./holdout-questions.json", HOLDOUT_FLOORS],
    ["the set written blind", "./fresh-questions.json", FRESH_FLOORS],
    ["the second set written blind", "./blind-questions.json", BLIND_FLOORS],
    ["the paraphrase set open for tuning", "./tune-questions.json", TUNE_FLOORS],
    ["the second paraphrase set open for tuning", "./tune2-questions.json", TUNE2_FLOORS],
    ["the third paraphrase set open for tuning", "./tune3-questions.json", TUNE3_FLOORS],
    ["the third set written blind", "./blind2-questions.json", BLIND2_FLOORS],
    ["the fourth set written blind", "./blind3-questions.json", BLIND3_FLOORS],
    ["the fifth set written blind", "./blind4-questions.json", BLIND4_FLOORS],
    ["the sixth set written blind", "./blind5-questions.json", BLIND5_FLOORS],
    ["the seventh set written blind", "./blind6-questions.json", BLIND6_FLOORS],
  ] as const)("does not fall on %s", (_, file, floors) => {
    expectAtLeast(
      evaluate(readQuestionSet(file), (q) => answer(q, { index })),
      floors,
    );
  });
});

function expectAtLeast(report: EvalReport, floors: typeof FLOORS): void {
  expect(report.top1).toBeGreaterThanOrEqual(floors.top1);
  expect(report.recallAt3).toBeGreaterThanOrEqual(floors.recallAt3);
  expect(report.refusalRate).toBeGreaterThanOrEqual(floors.refusalRate);
  expect(report.falseRefusals).toBeLessThanOrEqual(floors.falseRefusals);
}
