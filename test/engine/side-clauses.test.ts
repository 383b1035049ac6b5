import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";
import { exceptedSpans } from "../../src/search/side-clauses.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

const importanceOf = (question: string, surface: string) =>
  planQuery(question, index).concepts.find((c) => c.surface === surface)?.importance ?? 0;

describe("an idea that only names who said what is asked", () => {
  it("counts half as much as the same idea asked about", () => {
    const asked = importanceOf("what did the official say about the tone?", "official");
    expect(importanceOf("according to the official, what was the tone?", "official")).toBeCloseTo(
      asked / 2,
    );
    expect(importanceOf("per the official, what was the tone?", "official")).toBeCloseTo(asked / 2);
    expect(importanceOf("according to the official, what was the tone?", "tone")).toBeCloseTo(
      importanceOf("what was the tone?", "tone"),
    );
  });

  it("counts half in a subject put first and taken up by a pronoun", () => {
    const asked = importanceOf("what did the official say about the tone?", "official");
    expect(
      importanceOf("the official, did he say anything about the tone?", "official"),
    ).toBeCloseTo(asked / 2);
    // Not a list that merely starts with "the".
    expect(importanceOf("the official, the tone, the date?", "official")).toBeCloseTo(asked);
  });

  it("counts fully when the question is all attribution", () => {
    expect(importanceOf("according to the official?", "official")).toBeCloseTo(
      importanceOf("the official?", "official"),
    );
  });

  it("puts the sentence on what was asked first", () => {
    const q =
      "According to the senior administration official, how would you sum up the tone of the exchange?";
    expect(answer(q, { index }).snippets[0]?.text).toContain("The tone of the conversation");
  });
});

describe("a fronted clause naming what the answer is not", () => {
  it("is found up to its comma", () => {
    expect(exceptedSpans("besides talks, what's the other track?")).toEqual([
      { start: 0, end: 14 },
    ]);
    expect(exceptedSpans("what else besides sanctions?")).toEqual([]);
  });

  it("is not searched, so the other thing comes first", () => {
    const surfaces = planQuery(
      "besides talking it out, what was the other option",
      index,
    ).concepts.map((c) => c.surface);
    expect(surfaces).not.toContain("talking");
    const top = answer("besides talking it out, what was the other option on the table", { index });
    expect(top.snippets[0]?.text).toContain("more focused on deterrence");
  });
});

describe("what the answer is not, named without a comma", () => {
  it("counts a third, whether it comes first or last, and not when it is the whole question", () => {
    const asked = importanceOf("what else would russia pay for sanctions?", "sanctions");
    expect(importanceOf("besides sanctions what else would russia pay?", "sanctions")).toBeCloseTo(
      asked * 0.3,
    );
    expect(importanceOf("is biden threatening anything other than costs?", "costs")).toBeCloseTo(
      importanceOf("is biden threatening costs?", "costs") * 0.3,
    );
    expect(importanceOf("besides sanctions what else would russia pay?", "russia")).toBeCloseTo(
      importanceOf("what else would russia pay for sanctions?", "russia"),
    );
    expect(importanceOf("other than geneva?", "geneva")).toBeCloseTo(
      importanceOf("geneva?", "geneva"),
    );
  });

  it("does not refuse the question for a word the articles lack", () => {
    const reply = answer(
      "could russia settle its disputes with ukraine instead of the battlefield?",
      {
        index,
      },
    );
    expect(reply.answered).toBe(true);
    expect(reply.snippets[0]?.text).toContain("diplomatic channels");
  });
});
