import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import { datedNear } from "../../src/search/dated-near.js";
import type { PassageIndex } from "../../src/search/passage-index.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

const DATES = /\b(?:yesterday|thursday|2014)\b|\bfollowing\s+the\s+\p{L}/giu;

describe("datedNear", () => {
  it("takes a date beside what is dated", () => {
    expect(datedNear("A long call with Putin yesterday.", { terms: ["call"] }, DATES)).toBe(true);
  });

  it("does not take a date twenty words and more away, which dates something else", () => {
    const far =
      "Their second phone contact in a month came amid tensions over a buildup along the border, which has raised fears much like the buildup that preceded the takeover of Crimea in 2014.";
    expect(datedNear(far, { terms: ["contact", "phone"] }, DATES)).toBe(false);
  });

  it("does not date the thing asked about by itself", () => {
    const relative =
      "An official told reporters following the presidential call that it went well.";
    // When the call was is not "following the call"; when the official spoke is.
    expect(datedNear(relative, { terms: ["call"] }, DATES)).toBe(false);
    expect(datedNear(relative, { terms: ["report", "call"], own: ["report"] }, DATES)).toBe(true);
  });
});

describe("when a question asks when", () => {
  it("answers with the date of the thing asked about", () => {
    const reply = answer("When did the call take place?", { index });
    expect(reply.snippets[0]?.text).toMatch(/Thursday|yesterday/);
    expect(
      answer("when did the senior official talk to reporters", { index }).snippets[0]?.text,
    ).toMatch(/following the presidential call/);
  });
});
