import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { placedNear, whereaboutsOf } from "../../src/search/whereabouts.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

describe("whereaboutsOf", () => {
  it("reads what a 'where is X' question asks the place of, without its own clause", () => {
    expect(whereaboutsOf("where was biden physically when he took the call")).toEqual([
      "biden",
      "physic",
    ]);
    expect(whereaboutsOf("wheres the russian buildup")).toEqual(["russian", "buildup"]);
  });

  it("asks nothing of a question with a verb of its own, which an occasion may answer", () => {
    expect(whereaboutsOf("Where did the senior official brief the press?")).toEqual([]);
    expect(whereaboutsOf("Where was the call held?")).toEqual([]);
    expect(whereaboutsOf("when and where are US and Russian officials meeting next?")).toEqual([]);
    // "Sitting down" is meeting; "sitting" alone is being somewhere.
    expect(whereaboutsOf("where are the us and russian teams sitting down")).toEqual([]);
    expect(whereaboutsOf("where was putin sitting when he took the call")).toEqual(["putin"]);
  });
});

describe("placedNear", () => {
  const places = /\b(?:in|from)\s+\p{Lu}\p{Ll}+/gu;

  it("needs the place beside a form of each word of what is asked about", () => {
    expect(placedNear("Biden spoke from his home in Wilmington.", [["biden"]], places)).toBe(true);
    const farOff =
      "Biden urged his counterpart to ease tensions, and repeated that progress can only come with calm, according to a readout from White House staff.";
    expect(placedNear(farOff, [["biden"]], places)).toBe(false);
    expect(placedNear("Putin spoke from Sochi.", [["biden"]], places)).toBe(false);
  });
});

describe("answering where someone was", () => {
  it("refuses when no sentence that names them gives a place", () => {
    // "Officials from Washington … in Geneva" gives a place, but Washington is not Biden.
    for (const q of [
      "where was biden physically when he took the call",
      "Where was Putin when he took the call?",
      "where was biden physically when he took the call with putin?",
    ]) {
      expect(answer(q, { index }).answered, q).toBe(false);
    }
  });

  it("still answers where something is that a sentence places", () => {
    const reply = answer("where is the russian military buildup", { index });
    expect(reply.snippets[0]?.text).toMatch(/along Ukraine’s border/);
  });
});
