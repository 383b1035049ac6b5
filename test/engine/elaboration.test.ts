import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { asksWhatKind, spellsOut } from "../../src/search/elaboration.js";
import { ownIndex } from "./own-corpus.js";

describe("spellsOut", () => {
  it.each([
    ["And those costs include economic costs.", true],
    ["The costs would include higher fees.", true],
    ["The costs: higher fees and lost jobs.", true],
    ["He warned of serious costs if it invades.", false],
    ["Including serious costs, he warned.", false],
  ])("%s → %s", (text, expected) => {
    expect(spellsOut(text, ["cost"])).toBe(expected);
  });
});

describe("a 'what kind of X' question", () => {
  const index = ownIndex({
    paragraphs: [
      "The minister warned the port of serious costs if it closes the harbour.",
      "For the port, those costs include higher fees for shippers and lost jobs on the docks.",
    ],
  });

  it("is answered by the sentence that spells X out over one that only names it", () => {
    const [first] = answer("What kind of costs would the port face?", { index }).snippets;
    expect(first?.text).toContain("those costs include higher fees");
  });
});

describe("asksWhatKind", () => {
  it.each([
    ["what sorta penalties r on the table", true],
    ["What kinds of costs would the port face?", true],
    ["what type of sanctions", true],
    ["which costs did he name", false],
    ["was it kind of a big deal", false],
    ["was the call kinda tense", false],
  ])("%s → %s", (question, expected) => {
    expect(asksWhatKind(question)).toBe(expected);
  });
});

describe("a 'what kinds of X' question that shares more words with a sentence naming X", () => {
  const index = ownIndex({
    paragraphs: [
      "If the port closes the harbour to the fleet, the minister warned, serious costs will follow.",
      "Those costs include higher fees for shippers and lost jobs on the docks.",
    ],
  });

  it("is still answered by the sentence that lists them", () => {
    const question = "What sorts of costs would follow if the port closes the harbour?";
    expect(answer(question, { index }).snippets[0]?.text).toContain("costs include higher fees");
  });
});

describe("a question that asks for the things in detail", () => {
  const named = ownIndex({
    paragraphs: ["The board will discuss the farmers' demands on Monday."],
  });
  const listed = ownIndex({
    paragraphs: [
      "The board will discuss the farmers' demands on Monday.",
      "Their demands include lower water fees and a new canal.",
    ],
  });

  it("is refused when the articles only name them, and answered when they list them", () => {
    const question = "What exactly are the farmers' demands?";
    expect(answer(question, { index: named }).answered).toBe(false);
    expect(answer(question, { index: listed }).snippets[0]?.text).toContain("include lower water");
    // Without "exactly", naming them is answer enough.
    expect(answer("What are the farmers' demands?", { index: named }).answered).toBe(true);
  });
});
