import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { withSoundAlikeRead } from "../../src/search/sound-alikes.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

const read = (surface: string, terms = [surface]) =>
  withSoundAlikeRead({ surface, terms, acronym: false }, index).terms;

describe("withSoundAlikeRead", () => {
  it("reads a misheard word as the one name in the corpus it sounds like", () => {
    expect(read("crumlin")).toEqual(["kremlin"]);
    expect(read("sockey")).toEqual(["psaki"]);
  });

  it("leaves words, short words, and words that sound like several of the corpus's", () => {
    // A rare word is still a word, not a mishearing.
    expect(read("headway")).toEqual(["headway"]);
    // Too short: four letters sound like too many words ("sake" is Psaki's sound too).
    expect(read("soki")).toEqual(["soki"]);
    // Biden and Putin sound alike to Double Metaphone.
    expect(read("bidden", ["bidden"])).toEqual(["bidden"]);
    expect(read("kremlin")).toEqual(["kremlin"]);
    // A name the corpus lacks is not read as a word it holds ("readout" sounds the same).
    expect(read("reddit")).toEqual(["reddit"]);
  });

  it("answers a dictated question from the sentence about the word meant", () => {
    const reply = answer("how did the crumlin spin the call afterwards", { index });
    expect(reply.answered).toBe(true);
    expect(reply.snippets[0]?.text).toMatch(/Kremlin/);
  });
});
