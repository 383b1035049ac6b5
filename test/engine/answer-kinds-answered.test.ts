/**
 * `answer()` on questions that ask for a kind of answer (a date, a cause, a count, how often, an
 * outcome), over small corpora written here: it prefers the sentence that holds that kind and
 * refuses when none does. Also the asking phrases `answerTypeCue` reads as those kinds.
 */
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { articlesFromFiles } from "../../src/corpus/load-corpus.js";
import { holdsAnswerKind, monthsNamed } from "../../src/search/answer-kind-patterns.js";
import { answerKindCheck } from "../../src/search/answer-kinds.js";
import { answerTypeCue } from "../../src/search/expansions.js";
import { buildPassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";

describe("answers that need a kind of answer", () => {
  const index = buildPassageIndex(
    articlesFromFiles([
      {
        file: "harvest.md",
        text: [
          "---\nid: harvest\ntitle: Harvest report\noutlet: Farm News\n---",
          "Farmers across the valley said the wheat harvest was poor after the drought.",
          "The harvest festival will open on Saturday in Fresno.",
          "The growers will meet next week, before the March harvest.",
          "After a long season of disputes over water rights and prices, the board said the growers would meet again on March 3.",
          "Some 300 farmers signed a petition on water rights.",
          "Wheat prices in the valley climbed all season.",
          "The valley's wheat prices rose because the drought cut the harvest by half.",
        ].join("\n\n"),
      },
    ]),
  );

  it("prefers the sentence that holds the date a 'when' question asks for", () => {
    const reply = answer("When is the harvest festival?", { index });
    expect(reply.snippets[0]?.text).toContain("Saturday");
  });

  it("refuses 'when' where the sentence that matches says no time", () => {
    expect(answer("When did the farmers sign the petition?", { index }).answered).toBe(false);
    expect(answer("Did the farmers sign the petition?", { index }).answered).toBe(true);
  });

  it("answers 'on what date' with a calendar date, not 'next week'", () => {
    expect(answer("On what date will the growers meet?", { index }).snippets[0]?.text).toMatch(
      /on March 3\.$/,
    );
  });

  it("answers 'what date in <month>' only with a date in that month", () => {
    expect(
      answer("On what date in March will the growers meet?", { index }).snippets[0]?.text,
    ).toMatch(/on March 3\.$/);
    expect(answer("On what date in April will the growers meet?", { index }).answered).toBe(false);
    // "may" is a month only where it reads as one.
    expect(monthsNamed("On what date may the growers meet?")).toEqual([]);
    expect(monthsNamed("What happens in May, and on Dec. 3?")).toEqual(["may", "dec"]);
  });

  it("reads 'is this the first time' as asking how often, answered by 'again'", () => {
    expect(
      answer("Is this the first time the growers will meet?", { index }).snippets[0]?.text,
    ).toContain("meet again");
    // An ordinal in digits is the word, not a figure the corpus lacks.
    expect(answer("Is this the 1st time the growers will meet?", { index }).answered).toBe(true);
  });

  it("refuses to date an earlier event from a sentence about this one", () => {
    expect(answer("When was the previous harvest festival?", { index }).answered).toBe(false);
    expect(answer("When did the growers last meet?", { index }).answered).toBe(false);
    expect(answer("When is the harvest festival?", { index }).answered).toBe(true);
  });

  it("answers 'why' with the sentence that gives a cause over one that only restates", () => {
    const reply = answer("Why did wheat prices in the valley climb?", { index });
    expect(reply.snippets[0]?.text).toContain("because the drought");
  });

  it("ranks a sentence lacking a 'why' question's reason lower, but does not refuse on it", () => {
    const petition = index.passages.findIndex((p) => p.text.includes("signed a petition"));
    const creditOf = (question: string) =>
      answerKindCheck(planQuery(question, index), index)(petition);
    expect(creditOf("why did the farmers sign a petition?")).toEqual({ ranking: 0.5, deciding: 1 });
    expect(creditOf("when did the farmers sign a petition?")).toEqual({
      ranking: 0.35,
      deciding: 0.35,
    });
  });

  it("reads 'what's behind', 'meant to achieve' and 'how come' as asking why", () => {
    expect(answer("What's behind the wheat prices?", { index }).snippets[0]?.text).toContain(
      "because the drought",
    );
    expect(answerTypeCue("what was the petition meant to achieve").kinds).toEqual(["cause"]);
    expect(answerTypeCue("how come wheat prices went up?").kinds).toEqual(["cause"]);
    expect(answerTypeCue("the petition is for what").kinds).toEqual(["cause"]);
    // A purpose said as what something enables is a cause said outright.
    expect(holdsAnswerKind("Aid went to farmers to enable them to replant.", "cause")).toBe(true);
  });

  it("reads 'the number of' and 'max number of' as asking a count", () => {
    const cue = answerTypeCue("what's the max number of days for consultations");
    expect(cue.kinds).toEqual(["count"]);
    expect(cue.countedTerms).toContain("day");
  });

  it("reads 'what time span' and 'how much time' as asking a duration, not a clock time", () => {
    expect(answerTypeCue("what time span for consultations").kinds).toEqual(["duration"]);
    expect(answerTypeCue("how much time did they talk").kinds).toEqual(["duration"]);
    expect(answerTypeCue("what time did they talk").kinds).toEqual(["clockTime"]);
  });

  it("asks no date of a 'when' that opens a clause without a subject", () => {
    expect(answerTypeCue("does he involve partners when making choices").kinds).toEqual([]);
    expect(answerTypeCue("what did she say when asked about it").kinds).toEqual([]);
    expect(answerTypeCue("did they meet, and when during the week").kinds).toContain("date");
  });

  it("asks no date of a yes/no question's 'when' unless it asks the time of something said", () => {
    expect(
      answerTypeCue("any promise allies get a seat when their worries come up?").kinds,
    ).toEqual([]);
    expect(answerTypeCue("did psaki say when they will talk next?").kinds).toContain("date");
    expect(answerTypeCue("any word on when they meet?").kinds).toContain("date");
  });

  it("reads an asking phrase with an emphasis inside it", () => {
    expect(answerTypeCue("whats actually driving the prices rn").kinds).toEqual(["cause"]);
    expect(answerTypeCue("what day exactly did it open").kinds).toContain("date");
    expect(answerTypeCue("what actually happened").kinds).toEqual([]);
  });

  it("finds the count next to what is counted", () => {
    const reply = answer("How many farmers signed the petition?", { index });
    expect(reply.snippets[0]?.text).toContain("300 farmers");
  });

  it("prefers the sentence that gives a cause to 'what is driving' and 'why'", () => {
    for (const question of [
      "What is driving wheat prices in the valley?",
      "Why did wheat prices rise?",
    ]) {
      expect(answer(question, { index }).snippets[0]?.text, question).toContain("because");
    }
  });

  it("refuses to give the outcome of what the articles report as still to come", () => {
    expect(answer("How did the March 3 meeting of the growers turn out?", { index }).answered).toBe(
      false,
    );
    expect(answer("When will the growers meet?", { index }).answered).toBe(true);
    // "In the end", "eventually" ask what came of it, as "turn out" does.
    expect(answer("did the growers meet in the end?", { index }).answered).toBe(false);
  });

  it("refuses a count the articles never give, however well the topic matches", () => {
    expect(answer("How many tons of wheat did the valley harvest?", { index }).answered).toBe(
      false,
    );
    expect(answer("How old are the farmers in the valley?", { index }).answered).toBe(false);
  });
});

describe("a count asked of a word the articles say in other words", () => {
  const index = buildPassageIndex(
    articlesFromFiles([
      {
        file: "talks.md",
        text: [
          "---\nid: talks\ntitle: Talks\noutlet: Wire\n---",
          "This was the mayors' second phone contact in a month.",
          "Officials watched the two nations' military buildup along the river.",
          "No troops have crossed the river yet.",
          "The mayors did not call a vote.",
        ].join("\n\n"),
      },
    ]),
  );

  it("is answered by an ordinal ranking a synonym ('how many calls': 'second phone contact')", () => {
    const reply = answer("how many calls did the mayors have this month?", { index });
    expect(reply.snippets[0]?.text).toContain("second phone contact");
  });

  it("is not answered by a figure that only stands near a synonym", () => {
    expect(answer("how many troops are in the buildup?", { index }).answered).toBe(false);
  });
});
