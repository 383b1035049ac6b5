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
/** A set's floors, in the order top-1, recall@3, refusal rate, most false refusals. */
function floors(top1: number, recallAt3: number, refusalRate: number, falseRefusals: number) {
  return { top1, recallAt3, refusalRate, falseRefusals };
}

/**
 * The other sets, each at today's figures, so that no change makes one worse unnoticed. Each
 * set's $comment says who wrote it, when, and how it has been read: the blind ones only for
 * their figures, the open ones for their misses too.
 */
const OTHER_SETS = [
  ["the held-out casual phrasings", "./holdout-questions.json", floors(0.94, 1, 1, 0)],
  ["the set written blind", "./fresh-questions.json", floors(0.96, 1, 1, 0)],
  ["the second set written blind", "./blind-questions.json", floors(0.96, 1, 0.91, 0)],
  ["the paraphrase set open for tuning", "./tune-questions.json", floors(0.94, 0.98, 0.93, 0)],
  ["the second paraphrase set", "./tune2-questions.json", floors(0.96, 1, 1, 0)],
  ["the third paraphrase set", "./tune3-questions.json", floors(0.96, 0.98, 0.85, 0)],
  ["the fourth paraphrase set", "./tune4-questions.json", floors(0.95, 0.98, 1, 0)],
  ["the fifth paraphrase set", "./tune5-questions.json", floors(0.9, 0.97, 1, 0)],
  ["the sixth paraphrase set", "./tune6-questions.json", floors(0.92, 0.95, 0.9, 0)],
  ["the seventh paraphrase set", "./tune7-questions.json", floors(0.96, 0.97, 0.85, 0)],
  ["the eighth paraphrase set", "./tune8-questions.json", floors(0.92, 0.98, 0.9, 0)],
  ["the ninth paraphrase set", "./tune9-questions.json", floors(0.93, 0.98, 0.85, 0)],
  ["the tenth paraphrase set", "./tune10-questions.json", floors(0.91, 0.97, 0.85, 0)],
  ["the eleventh paraphrase set", "./tune11-questions.json", floors(0.95, 0.97, 0.8, 0)],
  ["the twelfth paraphrase set", "./tune12-questions.json", floors(0.9, 0.98, 0.8, 1)],
  ["the thirteenth paraphrase set", "./tune13-questions.json", floors(0.93, 0.97, 0.9, 0)],
  ["the fourteenth paraphrase set", "./tune14-questions.json", floors(0.93, 0.98, 0.95, 0)],
  ["the fifteenth paraphrase set", "./tune15-questions.json", floors(0.91, 0.97, 0.9, 0)],
  ["the sixteenth paraphrase set", "./tune16-questions.json", floors(0.93, 0.98, 0.85, 0)],
  ["the seventeenth paraphrase set", "./tune17-questions.json", floors(0.93, 0.98, 0.9, 0)],
  ["the eighteenth paraphrase set", "./tune18-questions.json", floors(0.96, 0.98, 0.8, 1)],
  ["the nineteenth paraphrase set", "./tune19-questions.json", floors(0.91, 0.98, 0.85, 0)],
  ["the twentieth paraphrase set", "./tune20-questions.json", floors(0.93, 1, 0.9, 0)],
  ["the twenty-first paraphrase set", "./tune21-questions.json", floors(0.91, 0.95, 0.9, 0)],
  ["the twenty-second paraphrase set", "./tune22-questions.json", floors(0.91, 0.98, 0.7, 0)],
  ["the twenty-third paraphrase set", "./tune23-questions.json", floors(0.93, 0.97, 0.9, 0)],
  ["the twenty-fourth paraphrase set", "./tune24-questions.json", floors(0.96, 1, 0.85, 0)],
  ["the twenty-fifth paraphrase set", "./tune25-questions.json", floors(0.95, 0.97, 0.85, 0)],
  ["the twenty-sixth paraphrase set", "./tune26-questions.json", floors(0.93, 0.97, 0.95, 0)],
  ["the twenty-seventh paraphrase set", "./tune27-questions.json", floors(0.9, 0.98, 0.8, 0)],
  ["the twenty-eighth paraphrase set", "./tune28-questions.json", floors(0.95, 0.97, 0.9, 1)],
  ["the twenty-ninth paraphrase set", "./tune29-questions.json", floors(0.85, 0.91, 0.9, 4)],
  ["the thirtieth paraphrase set", "./tune30-questions.json", floors(0.9, 0.95, 0.85, 0)],
  ["the thirty-first paraphrase set", "./tune31-questions.json", floors(0.96, 0.98, 0.85, 1)],
  ["the thirty-second paraphrase set", "./tune32-questions.json", floors(0.97, 0.98, 0.9, 0)],
  ["the thirty-third paraphrase set", "./tune33-questions.json", floors(0.85, 0.97, 0.7, 1)],
  ["the thirty-fourth paraphrase set", "./tune34-questions.json", floors(0.78, 0.91, 0.75, 2)],
  ["the thirty-fifth paraphrase set", "./tune35-questions.json", floors(0.9, 0.93, 0.9, 2)],
  ["the thirty-sixth paraphrase set", "./tune36-questions.json", floors(0.88, 0.95, 0.7, 0)],
  ["the thirty-seventh paraphrase set", "./tune37-questions.json", floors(0.88, 0.96, 0.65, 2)],
  ["the thirty-eighth paraphrase set", "./tune38-questions.json", floors(0.91, 0.97, 0.85, 1)],
  ["the thirty-ninth paraphrase set", "./tune39-questions.json", floors(0.76, 0.85, 0.75, 5)],
  ["the fortieth paraphrase set", "./tune40-questions.json", floors(0.67, 0.82, 0.8, 6)],
  ["the forty-first paraphrase set", "./tune41-questions.json", floors(0.91, 0.96, 0.65, 1)],
  ["the forty-second paraphrase set", "./tune42-questions.json", floors(0.83, 0.93, 0.8, 0)],
  ["the forty-third paraphrase set", "./tune43-questions.json", floors(0.91, 0.96, 0.85, 1)],
  ["the forty-fourth paraphrase set", "./tune44-questions.json", floors(0.82, 0.92, 0.6, 3)],
  ["the forty-fifth paraphrase set", "./tune45-questions.json", floors(0.82, 0.88, 0.9, 6)],
  ["the third set written blind", "./blind2-questions.json", floors(0.95, 0.96, 0.95, 0)],
  ["the fourth set written blind", "./blind3-questions.json", floors(1, 1, 0.85, 0)],
  ["the fifth set written blind", "./blind4-questions.json", floors(0.98, 1, 0.9, 0)],
  ["the sixth set written blind", "./blind5-questions.json", floors(0.95, 0.98, 0.9, 0)],
  ["the seventh set written blind", "./blind6-questions.json", floors(0.91, 0.98, 0.95, 0)],
  ["the eighth set written blind", "./blind7-questions.json", floors(0.95, 0.98, 0.95, 0)],
  ["the ninth set written blind", "./blind8-questions.json", floors(0.9, 0.96, 1, 1)],
  ["the tenth set written blind", "./blind9-questions.json", floors(0.88, 0.95, 0.8, 2)],
  ["the eleventh set written blind", "./blind10-questions.json", floors(0.85, 0.93, 0.9, 1)],
  ["the twelfth set written blind", "./blind11-questions.json", floors(0.88, 0.96, 0.8, 2)],
  ["the thirteenth set written blind", "./blind12-questions.json", floors(0.91, 0.95, 0.85, 3)],
  ["the fourteenth set written blind", "./blind13-questions.json", floors(0.86, 0.9, 0.8, 2)],
  ["the fifteenth set written blind", "./blind14-questions.json", floors(0.93, 0.98, 0.85, 1)],
  ["the sixteenth set written blind", "./blind15-questions.json", floors(0.85, 0.91, 0.75, 2)],
  ["the seventeenth set written blind", "./blind16-questions.json", floors(0.86, 0.96, 0.7, 2)],
  ["the eighteenth set written blind", "./blind17-questions.json", floors(0.83, 0.88, 0.7, 4)],
  ["the nineteenth set written blind", "./blind18-questions.json", floors(0.8, 0.85, 0.65, 6)],
  ["the twentieth set written blind", "./blind19-questions.json", floors(0.91, 0.96, 0.85, 2)],
  ["the twenty-first set written blind", "./blind20-questions.json", floors(0.71, 0.85, 0.9, 7)],
  ["the twenty-second set written blind", "./blind21-questions.json", floors(0.85, 0.93, 0.8, 1)],
  ["the twenty-third set written blind", "./blind22-questions.json", floors(0.83, 0.9, 0.75, 4)],
  ["the twenty-fourth set written blind", "./blind23-questions.json", floors(0.86, 0.96, 0.85, 1)],
  ["the twenty-fifth set written blind", "./blind24-questions.json", floors(0.68, 0.86, 0.8, 2)],
  ["the twenty-sixth set written blind", "./blind25-questions.json", floors(0.63, 0.83, 0.9, 6)],
  ["the twenty-seventh set written blind", "./blind26-questions.json", floors(0.76, 0.88, 0.8, 3)],
  ["the twenty-eighth set written blind", "./blind27-questions.json", floors(0.83, 0.9, 0.95, 5)],
  ["the twenty-ninth set written blind", "./blind28-questions.json", floors(0.8, 0.88, 0.7, 6)],
] as const;

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
  for (const file of ["./questions.json", ...OTHER_SETS.map(([, file]) => file)]) {
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

  it.each(OTHER_SETS)("does not fall on %s", (_, file, least) => {
    expectAtLeast(
      evaluate(readQuestionSet(file), (q) => answer(q, { index })),
      least,
    );
  });
});

function expectAtLeast(report: EvalReport, least: typeof FLOORS): void {
  expect(report.top1).toBeGreaterThanOrEqual(least.top1);
  expect(report.recallAt3).toBeGreaterThanOrEqual(least.recallAt3);
  expect(report.refusalRate).toBeGreaterThanOrEqual(least.refusalRate);
  expect(report.falseRefusals).toBeLessThanOrEqual(least.falseRefusals);
}
