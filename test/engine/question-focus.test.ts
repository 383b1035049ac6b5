import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";
import { subjectAskedOf, whatPhraseHead, whoPhraseHead } from "../../src/search/question-focus.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

/** The word of `question` that starts at `start`. */
const wordAt = (question: string, start: number | undefined) =>
  start === undefined ? undefined : /^[\p{L}'-]+/u.exec(question.slice(start))?.[0];

const focusOf = (question: string) => {
  const head = whatPhraseHead(question);
  return wordAt(question, head && !head.namesAnswerKind ? head.start : undefined);
};

const importanceOf = (question: string, surface: string) =>
  planQuery(question, index).concepts.find((c) => c.surface === surface)?.importance ?? 0;

describe("whatPhraseHead: the focus", () => {
  it.each([
    ["Which Russian banks would be hit by sanctions?", "banks"],
    ["What job did Jen Psaki have?", "job"],
    ["What specific security guarantees was Russia demanding?", "guarantees"],
    ["Exactly what guarantees about NATO membership did Russia demand?", "guarantees"],
    ["What would the costs for Russia include?", "costs"],
    ["What are the costs that the official listed?", "costs"],
    ["what r the costs exactly", "costs"],
    ["what are these penalties everyone is talking about", "penalties"],
    ["what were those costs the us listed", "costs"],
    ["What is the weather in Moscow?", "weather"],
    ["what exactly are russia's security demands, like no nato expansion?", "demands"],
    ["what exactly were russia's security demands - no nato expansion?", "demands"],
    ["what exactly were russia's security demands — no nato expansion?", "demands"],
    ["What did Putin threaten?", undefined],
    ["What is the name of the official?", undefined],
    ["What kind of mistake would sanctions be?", "mistake"],
    ["What words did officials use?", undefined],
    ["What promise did the official make to the allies?", undefined],
    ["To what extent will allies take part?", undefined],
    ["what was the main line in psaki's readout", undefined],
  ])("%s → %s", (question, expected) => {
    expect(focusOf(question)).toBe(expected);
  });
});

describe("subjectAskedOf", () => {
  it.each([
    ["How did the markets react to the call?", "markets"],
    ["did congress pass new sanctions", "congress"],
    ["what did putin say", "putin"],
    ["What was the call about?", undefined],
  ])("%s → %s", (question, expected) => {
    expect(wordAt(question, subjectAskedOf(question))).toBe(expected);
  });
});

describe("whatPhraseHead: a noun naming the kind of answer", () => {
  it("finds the noun that names the kind of answer, which is no word to search for", () => {
    const kindNoun = { namesAnswerKind: true };
    expect(whatPhraseHead("What words did officials use?")).toEqual({ ...kindNoun, start: 5 });
    expect(whatPhraseHead("what 2 adjectives did officials use")).toEqual({
      ...kindNoun,
      start: 7,
    });
    expect(whatPhraseHead("Which event was the buildup compared to?")).toEqual({
      ...kindNoun,
      start: 6,
    });
    expect(whatPhraseHead("talks heading toward what kind of outcome?")).toEqual({
      ...kindNoun,
      start: 34,
    });
    expect(whatPhraseHead("Which Russian banks would be hit?")?.namesAnswerKind).toBe(false);
    // No auxiliary ends the phrase in an embedded question; the noun still heads it.
    expect(whatPhraseHead("do you know what words officials used to sum up the call")).toEqual({
      ...kindNoun,
      start: 17,
    });
  });

  it("leaves that noun out of the plan", () => {
    const concepts = planQuery("what 2 adjectives did officials use", index).concepts;
    expect(concepts.map((c) => c.surface)).not.toContain("adjectives");
  });
});

describe("a 'which X' question about a thing the articles never mention", () => {
  it("is refused, though the rest of it matches", () => {
    expect(answer("Which Russian banks would be hit by sanctions?", { index }).answered).toBe(
      false,
    );
  });

  it("counts the thing asked about twice as much as the same word elsewhere", () => {
    expect(importanceOf("Which banks would be hit by sanctions?", "banks")).toBeCloseTo(
      2 * importanceOf("Could sanctions hit banks?", "banks"),
    );
  });

  it("is answered when the thing is there under another name", () => {
    const reply = answer("What options did Biden lay out for Putin?", { index });
    expect(reply.answered).toBe(true);
  });
});

describe("whoPhraseHead: what a 'who' question says was done", () => {
  it.each([
    ["Who led the American delegation at the Geneva talks on Jan. 10?", "delegation"],
    ["Who will head the American team at the Geneva meeting?", "team"],
    ["who is the us ambassador to nato", "ambassador"],
    ["who did the translating for biden and putin", "translating"],
    ["who is going to lead the american delegation at the jan. 10 geneva talks?", "delegation"],
    ["who's gonna head the us team in geneva", "team"],
    ["whos leading the us team in geneva jan 10?", "team"],
    ["Who asked for the call?", undefined],
    ["Who spoke first?", undefined],
    ["What did Putin threaten?", undefined],
  ])("%s → %s", (question, expected) => {
    expect(wordAt(question, whoPhraseHead(question)?.start)).toBe(expected);
  });
});

describe("a 'who' question about a thing the articles never mention", () => {
  it("is refused, though the meeting's place matches", () => {
    const reply = answer("Who led the American delegation at the Geneva meeting?", { index });
    expect(reply.answered).toBe(false);
  });

  it("counts that thing twice as much as the same word elsewhere", () => {
    expect(importanceOf("Who will head the team in Geneva?", "team")).toBeCloseTo(
      2 * importanceOf("Did they meet the team in Geneva?", "team"),
    );
  });

  it("is answered as before when the thing is in the articles", () => {
    expect(answer("Who requested the call?", { index }).answered).toBe(true);
  });

  it("counts half the words that say only where or when it was done", () => {
    const question = "Who led the American delegation at the Geneva talks on Jan. 10?";
    expect(whoPhraseHead(question)).toEqual({ start: 21, circumstances: 32 });
    expect(importanceOf(question, "Geneva")).toBeCloseTo(
      importanceOf("Who spoke at the Geneva talks on Jan. 10?", "Geneva") / 2,
    );
    expect(answer(question, { index }).answered).toBe(false);
    // Said with "about", what follows is what was done, not where or when.
    expect(whoPhraseHead("who made the pledge about the allies")?.circumstances).toBeUndefined();
  });
});
