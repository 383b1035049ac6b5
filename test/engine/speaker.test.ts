import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";
import { speaks } from "../../src/search/speaker.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

describe("speaks()", () => {
  it("reads the speaker before a reporting verb, past an aside, a name and an adverb", () => {
    expect(
      speaks("The Kremlin, in its turn, insisted that Putin had used the call.", ["kremlin"]),
    ).toBe(true);
    expect(speaks("“Progress is slow,” the official said.", ["offici"])).toBe(true);
    expect(speaks("President Biden also indicated support for diplomacy.", ["biden"])).toBe(true);
    expect(speaks("Press secretary Jen Psaki added that talks would go on.", ["psaki"])).toBe(true);
    expect(speaks("Biden “laid out two paths” for Moscow.", ["biden"])).toBe(true);
    expect(speaks("The call ended, according to the Kremlin.", ["kremlin"])).toBe(true);
  });

  it("does not read a speaker in a name that is warned, met or modifies another word", () => {
    expect(speaks("Biden warned the Kremlin that Washington will respond.", ["kremlin"])).toBe(
      false,
    );
    expect(speaks("A senior Biden administration official told reporters.", ["biden"])).toBe(false);
    expect(speaks("Putin had used the call to press his demands.", ["putin"])).toBe(false);
  });
});

describe("the speaker a question asks about", () => {
  it("is whoever comes between the auxiliary and a reporting verb", () => {
    expect(planQuery("what did the kremlin say about the call?", index).speaker).toContain(
      "kremlin",
    );
    expect(planQuery("did the US official confirm russia requested it?", index).speaker).toContain(
      "offici",
    );
    expect(planQuery("when will the officials meet?", index).speaker).toEqual([]);
  });

  it("is no qualifier of a reporting word used as a noun", () => {
    expect(planQuery("what was the main warning biden gave", index).speaker).toEqual([]);
    // The tagger reads "promise" here as a noun too; after a name it is the name's verb.
    expect(planQuery("did biden promise to coordinate with partners?", index).speaker).toContain(
      "biden",
    );
  });

  it("is whoever opens a question kept in a statement's order", () => {
    expect(planQuery("putin warned of what exactly?", index).speaker).toContain("putin");
    expect(planQuery("so the kremlin insisted on what?", index).speaker).toContain("kremlin");
    expect(planQuery("talks in geneva start when?", index).speaker).toEqual([]);
  });

  it("puts the sentence where a speaker opening the question says something first", () => {
    const reply = answer("vladmir putn warned of wat exactly?", { index });
    expect(reply.snippets[0]?.text).toMatch(/while Putin warned Biden of a “complete rupture”/);
  });

  it("puts the sentence where that speaker says something first", () => {
    const reply = answer("and what did the kremlin say about that biden-putin call?", { index });
    expect(reply.snippets[0]?.text).toMatch(/^The Kremlin, in its turn, insisted/);
  });
});
