import { describe, expect, it } from "vitest";
import { plainIdioms } from "../../src/text/idioms.js";
import { IDIOMS } from "../../src/text/lexicon.js";

describe("plainIdioms", () => {
  it("reads an idiom as the plain words it means, with any possessive", () => {
    expect(plainIdioms("will they decide behind their backs?")).toBe(
      "will they decide without consultation?",
    );
    expect(plainIdioms("Did he go behind his back")).toBe("Did he go without consultation");
    expect(plainIdioms("behind other ppl's backs?")).toBe("without consultation?");
  });

  it("drops an idiom that asks nothing, and leaves the words of no idiom alone", () => {
    expect(plainIdioms("whose idea was the call in the first place?")).toBe(
      "who proposed was the call ?",
    );
    expect(plainIdioms("who came first, and in what place?")).toBe(
      "who came first, and in what place?",
    );
    expect(plainIdioms("did they talk about his back pain")).toBe(
      "did they talk about his back pain",
    );
  });

  it("has only idioms of two words or more, each written once", () => {
    const idioms = IDIOMS.map(([idiom]) => idiom);
    expect(new Set(idioms).size).toBe(idioms.length);
    for (const idiom of idioms) expect(idiom.split(/[\s-]+/).length).toBeGreaterThan(1);
  });
});
