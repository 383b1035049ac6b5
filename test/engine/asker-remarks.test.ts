import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import { preambleSpans } from "../../src/search/asker-remarks.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

const importanceOf = (question: string, surface: string) =>
  planQuery(question, index).concepts.find((c) => c.surface === surface)?.importance ?? 0;

describe("a chat label or the asker's role before the question", () => {
  it("is found: a label that names itself a question, or 'X here'", () => {
    expect(preambleSpans("hw q: what 2 words did officials use?")).toEqual([{ start: 0, end: 6 }]);
    expect(preambleSpans("journo here, where do they meet")).toEqual([{ start: 0, end: 13 }]);
    expect(preambleSpans("fact check: was it a video call")).toEqual([{ start: 0, end: 12 }]);
    // Whom a claim was heard from, and a closing tag asking to confirm it.
    expect(preambleSpans("someone in gen chat said they talked an hour")).toEqual([
      { start: 0, end: 25 },
    ]);
    expect(preambleSpans("they talked an hour, legit?")).toEqual([{ start: 21, end: 27 }]);
    expect(preambleSpans("was the call legit?")).toEqual([]);
    // Whom the claim came from may have asked or sworn it, be named in more words, or be a
    // headline; a source may also open the question's own sentence, after a lead-in.
    const teacher = "my econ teacher asked ";
    expect(preambleSpans(`${teacher}if money was part of it`)).toEqual([
      { start: 0, end: teacher.length },
    ]);
    const headline = "headline on my feed said ";
    expect(preambleSpans(`${headline}they swapped warnings`)).toEqual([
      { start: 0, end: headline.length },
    ]);
    const leadIn = "ok so one option is talking. ";
    expect(preambleSpans(`${leadIn}my sister asked what the other is?`)).toEqual([
      { start: leadIn.length, end: leadIn.length + "my sister asked ".length },
    ]);
    // "is that fair, …" asks to confirm before the question proper.
    expect(preambleSpans("is that fair, did both sides threaten?")).toEqual([
      { start: 0, end: 14 },
    ]);
    // A figure after the question is a guess at the answer.
    expect(preambleSpans("crimea got seized what year again? 2015?")).toEqual([
      { start: 35, end: 40 },
    ]);
    expect(preambleSpans("what happened in 2014?")).toEqual([]);
    // A topic before a colon is what is asked about.
    expect(preambleSpans("OSCE: full name?")).toEqual([]);
    expect(preambleSpans("what is here?")).toEqual([]);
  });

  it("is not searched, so a word the articles lack does not count against the answer", () => {
    const reply = answer("history class q: what year did russia grab crimea, per the article?", {
      index,
    });
    expect(reply.snippets[0]?.text).toContain("2014");
  });
});

describe("statements before the closing question", () => {
  it("count half, so the question's own words decide", () => {
    const question = "back in my day presidents met face to face. how long was this phone thing?";
    expect(importanceOf(question, "presidents")).toBeCloseTo(
      importanceOf("how long did the presidents talk on the phone?", "presidents") / 2,
    );
    expect(answer(question, { index }).snippets[0]?.text).toMatch(/50[ -]minute/);
  });

  it("count half before a question proper typed without its question mark", () => {
    const question = "apparently it got heated over lunch. did they trade threats over the phone";
    expect(importanceOf(question, "lunch")).toBeCloseTo(
      importanceOf("did they trade threats over lunch", "lunch") / 2,
    );
    expect(answer(question, { index }).snippets[0]?.text).toContain("traded threats");
    // A statement with no question after it is all there is to go on.
    expect(importanceOf("i skimmed it over lunch. they traded threats", "lunch")).toBeCloseTo(
      importanceOf("they traded threats over lunch", "lunch"),
    );
  });

  it("count half when closed by ', but' before the question proper", () => {
    const question = "apparently biden warned the kremlin, but when was the call";
    expect(importanceOf(question, "kremlin")).toBeCloseTo(
      importanceOf("when was the call where biden warned the kremlin", "kremlin") / 2,
    );
    for (const chat of ["kremlin but when", "kremlin lol but when"]) {
      expect(
        importanceOf(`apparently biden warned the ${chat} was the call`, "kremlin"),
        chat,
      ).toBeCloseTo(importanceOf(question, "kremlin"));
    }
    // A question put first is what is asked, whatever follows it.
    expect(importanceOf("what did biden warn, but when was the call", "warn")).toBeCloseTo(
      importanceOf("what did biden warn", "warn"),
    );
  });

  it("do not refuse the question for a common word the articles lack, but do for a name", () => {
    const gloomy = "every headline is doom and gloom. did they say they'd keep talking";
    expect(answer(gloomy, { index }).snippets[0]?.text).toContain("determination to continue");
    const named = "zelensky is worried. did zelensky say they'd keep talking";
    expect(answer(named, { index }).answered).toBe(false);
  });

  it("are not found at an abbreviation's full stop", () => {
    expect(importanceOf("what will officials do on Jan. 10 in Geneva?", "officials")).toBeCloseTo(
      importanceOf("what will officials do on January 10 in Geneva?", "officials"),
    );
    expect(importanceOf("what did the U.S. officials threaten?", "officials")).toBeCloseTo(
      importanceOf("what did the American officials threaten?", "officials"),
    );
  });
});

describe("the asker's remark about themselves", () => {
  it("names someone the asker knows, not the allies, by 'friend'", () => {
    const termsOf = (question: string) =>
      planQuery(question, index)
        .concepts.find((c) => c.surface === "friend")
        ?.terms.map((t) => t.term) ?? [];
    expect(termsOf("my friend walked me through it. what's the other path")).toEqual(["friend"]);
    expect(termsOf("will the us decide with every friend in europe?")).toContain("alli");
  });

  it("may be in brackets after the question mark, and does not refuse the question", () => {
    const question = "who asked for the call? (silly question, sorry)";
    const silly = planQuery(question, index).concepts.find((c) => c.surface === "silly");
    expect(silly?.aside).toBe(true);
    expect(answer(question, { index }).answered).toBe(true);
  });

  // A noun the articles lack counts double where it is asked (`MISSING_IMPORTANCE`); in the
  // asker's remark it counts half of what a held word would, so a quarter.
  it("counts half after the question mark, up to a closing 'anyway'", () => {
    const plain = importanceOf("who was on the call, which presidents?", "presidents");
    const remark = "who was on the call, which presidents? my grandma asks me lol";
    expect(importanceOf(remark, "grandma")).toBeCloseTo(
      importanceOf("who was on the call with grandma, which presidents?", "grandma") / 4,
    );
    expect(importanceOf(remark, "presidents")).toBeCloseTo(plain);
    const askedAgain = "how long will they consult? i mean forever, but anyway, what timeframe";
    expect(importanceOf(askedAgain, "timeframe")).toBeCloseTo(
      importanceOf("how long will they consult? what timeframe", "timeframe"),
    );
  });

  it("counts half before ', but', and a name in it does not refuse the question", () => {
    const question =
      "i know everyone on twitter is saying its basically cold war, but did both presidents want to keep talking?";
    expect(importanceOf(question, "twitter")).toBeCloseTo(
      importanceOf("did both presidents want to keep talking on twitter?", "twitter") / 4,
    );
    expect(answer(question, { index }).snippets[0]?.text).toContain("determination to continue");
  });

  it("may leave out its 'I', and does not refuse the question", () => {
    const question =
      "what are the geneva talks gonna be about? seen a ton of speculation on reddit";
    expect(importanceOf(question, "reddit")).toBeCloseTo(
      importanceOf("what are the geneva talks on reddit gonna be about?", "reddit") / 4,
    );
    expect(answer(question, { index }).snippets[0]?.text).toContain("security demands");
  });

  it("may be a lead-in in the first person", () => {
    const question = "my history teacher brought up 2014 today. what's the link to crimea?";
    expect(importanceOf(question, "teacher")).toBeCloseTo(
      importanceOf("what's the link of the teacher to crimea?", "teacher") / 4,
    );
    // Anyone else's lead-in may name what is asked about, and counts half.
    const other = "zelensky spoke too. what did zelensky say?";
    expect(importanceOf(other, "spoke")).toBeCloseTo(
      importanceOf("did zelensky say he spoke?", "spoke") / 2,
    );
  });

  it("may end in a colon", () => {
    const question = "my cousin texted me this: how long was the call?";
    expect(importanceOf(question, "cousin")).toBeCloseTo(
      importanceOf("how long was the call with my cousin?", "cousin") / 4,
    );
    // A topic before a colon is what is asked about.
    expect(importanceOf("OSCE: full name?", "OSCE")).toBeCloseTo(
      importanceOf("OSCE full name?", "OSCE"),
    );
  });

  it("may open without its 'I', or with whom the asker heard from, before the question", () => {
    // A missing noun counts a quarter of its plain weight as the asker's remark, half in
    // anyone else's lead-in.
    for (const [question, word] of [
      ["saw a tiktok claiming they were friendly. what did biden threaten?", "tiktok"],
      ["a classmate doubted it. was nato part of the upcoming talks?", "classmate"],
      ["ok so ngl my roommate doubted it. was nato part of the upcoming talks", "roommate"],
      ["what was the tone of the call? it came up at trivia last night.", "trivia"],
    ] as const) {
      expect(importanceOf(question, word), question).toBeLessThan(
        importanceOf(`what did ${word} say about the call?`, word) / 3,
      );
    }
  });

  it("never makes a missing verb or modifier count more than it would asked", () => {
    const question = "what did biden threaten? someone supposedly leaned on reddit for it";
    expect(importanceOf(question, "leaned")).toBeLessThanOrEqual(
      importanceOf("what did biden threaten when he leaned on it?", "leaned") / 2,
    );
  });

  it("before ', but' holds when the question goes on past its question mark", () => {
    const question = "i was hoping one of them would budge, but did they say anything new? or not?";
    expect(importanceOf(question, "budge")).toBeCloseTo(
      importanceOf("would they budge and say anything new?", "budge") / 2,
    );
  });

  it("may run on to the question after a comma, with no question mark", () => {
    const question =
      "i'm in warsaw and everyone here is worried, did the us promise to consult allies";
    expect(importanceOf(question, "warsaw")).toBeCloseTo(
      importanceOf("did the us promise warsaw to consult allies", "warsaw") / 4,
    );
    expect(answer(question, { index }).answered).toBe(true);
  });

  it("is not a qualifier after the question mark", () => {
    expect(importanceOf("was it a quick call? like how many mins", "mins")).toBeCloseTo(
      importanceOf("was it a quick call, how many mins", "mins"),
    );
  });
});
