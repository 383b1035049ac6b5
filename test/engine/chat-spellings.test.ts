import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";
import { withChatSpellingsWrittenOut } from "../../src/text/chat-spellings.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

describe("chat spellings of small words", () => {
  it("are written out", () => {
    expect(withChatSpellingsWrittenOut("wat day was the call?")).toBe("what day was the call?");
    expect(withChatSpellingsWrittenOut("hw long did they talk")).toBe("how long did they talk");
    expect(withChatSpellingsWrittenOut("y are tensions so high rn")).toBe(
      "why are tensions so high rn",
    );
    expect(withChatSpellingsWrittenOut("ok so y did putin call")).toBe("ok so why did putin call");
  });

  it("read '4' and '2' before a determiner or a name as 'for' and 'to', and leave figures be", () => {
    expect(withChatSpellingsWrittenOut("who asked 4 the call?")).toBe("who asked for the call?");
    expect(withChatSpellingsWrittenOut("did biden talk 2 him")).toBe("did biden talk to him");
    expect(withChatSpellingsWrittenOut("were there 2 calls in 4 weeks")).toBe(
      "were there 2 calls in 4 weeks",
    );
    expect(withChatSpellingsWrittenOut("xtra help 4 kyiv?")).toBe("xtra help for kyiv?");
    expect(withChatSpellingsWrittenOut("2 or 3 options? 4 year plan")).toBe(
      "2 or 3 options? 4 year plan",
    );
  });

  it("leave '4' and '2' figures after a word that numbers them", () => {
    expect(withChatSpellingsWrittenOut("round 2 this week?")).toBe("round 2 this week?");
    expect(withChatSpellingsWrittenOut("is part 2 the diplomacy one")).toBe(
      "is part 2 the diplomacy one",
    );
  });

  it("give a possessive before a post back its apostrophe, but not a pronoun's", () => {
    expect(withChatSpellingsWrittenOut("psakis role?")).toBe("psaki's role?");
    expect(withChatSpellingsWrittenOut("did he change his position")).toBe(
      "did he change his position",
    );
    expect(withChatSpellingsWrittenOut("y r tensions climbin")).toBe("why r tensions climbin");
  });

  it("write out 'abt' and 'u' so a quoted line is found as written, but not the u of 'u.s.'", () => {
    expect(withChatSpellingsWrittenOut("'nothing abt u' line from who?")).toBe(
      "'nothing about you' line from who?",
    );
    expect(withChatSpellingsWrittenOut("is the u.s. in")).toBe("is the u.s. in");
    expect(answer("'nothing abt u' line from who?", { index }).snippets[0]?.text).toMatch(
      /nothing about you without you/,
    );
  });

  it("leave a 'y' that opens no question, and words that only look like them", () => {
    expect(withChatSpellingsWrittenOut("plan y was dropped")).toBe("plan y was dropped");
    expect(withChatSpellingsWrittenOut("wattage went where")).toBe("wattage went where");
  });

  it("ask for the same kind of answer as the words written out", () => {
    expect(planQuery("hw long was the call", index).kinds).toEqual(
      planQuery("how long was the call", index).kinds,
    );
    expect(planQuery("y are tensions so high rn", index).kinds).toContain("cause");
    expect(planQuery("crimea got seized wat yr", index).kinds).toContain("date");
    expect(planQuery("how many mins did they talk", index).kinds).toEqual(
      planQuery("how many minutes did they talk", index).kinds,
    );
  });

  it("find the sentence that answers that kind", () => {
    expect(answer("wat day was the call?", { index }).snippets[0]?.text).toMatch(/^On Thursday/);
    // Written out before idioms are read: "leader lvl" is "leader level", a head of state.
    expect(answer("does the us even like leader lvl calls?", { index }).snippets[0]?.text).toMatch(
      /head of state engagements/,
    );
  });
});
