import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import { mannerSpans } from "../../src/search/manner-asked.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { ownIndex } from "./own-corpus.js";

const wordsAt = (folded: string) => mannerSpans(folded).map((s) => folded.slice(s.start, s.end));

describe("mannerSpans", () => {
  it("finds the word said of the call, or both of a choice", () => {
    expect(mannerSpans("so was the call hostile or what")).toEqual([{ start: 16, end: 23 }]);
    expect(wordsAt("was their chat really frosty")).toEqual(["frosty"]);
    expect(wordsAt("is the conversation upbeat or grim?")).toEqual(["upbeat", "grim"]);
    expect(wordsAt("how cordial was the phone call")).toEqual(["cordial"]);
  });

  it("leaves a comparison and a doer alone", () => {
    expect(wordsAt("was the convo closer to 15 mins or an hour")).toEqual([]);
    expect(wordsAt("was the call started by washington")).toEqual([]);
    expect(wordsAt("did the kremlin sound conciliatory")).toEqual([]);
  });
});

describe("a word said of the call that no sentence holds", () => {
  let index: PassageIndex;
  beforeAll(async () => {
    index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
  });

  it("asks about the call's tone, and is answered by the sentence that gives it", () => {
    const reply = answer("so was the call hostile or what", { index });
    expect(reply.snippets[0]?.text).toContain("The tone of the conversation");
  });

  it("keeps its own sense where a sentence holds it", () => {
    const own = ownIndex({
      paragraphs: ["The tone of the meeting was calm.", "The call was brief and businesslike."],
    });
    expect(answer("was the call brief?", { index: own }).snippets[0]?.text).toBe(
      "The call was brief and businesslike.",
    );
  });
});
