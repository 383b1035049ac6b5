import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import { purposeSpans } from "../../src/search/asker-purpose.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

const spanned = (question: string) =>
  purposeSpans(question).map((span) => question.slice(span.start, span.end));

describe("what the asker wants the answer for", () => {
  it("is found before the question, up to its comma or colon", () => {
    expect(spanned("for my intro to IR paper, when did they talk?")).toEqual([
      "for my intro to IR paper, ",
    ]);
    expect(spanned("citing this for class: who asked for the call?")).toEqual([
      "citing this for class: ",
    ]);
    expect(spanned("need exact wording: what did putin say?")).toEqual(["need exact wording: "]);
    expect(spanned("need a source on how long they talked")).toEqual(["need a source on "]);
    expect(spanned("in plain terms, what are the two paths?")).toEqual(["in plain terms, "]);
    expect(spanned("tl;dr on the kremlin's reply?")).toEqual(["tl;dr on "]);
    expect(spanned("what did the us warn? one sentence max")).toEqual([" one sentence max"]);
    expect(spanned("quoting this in a seminar handout: who asked for the call?")).toEqual([
      "quoting this in a seminar handout: ",
    ]);
    expect(spanned("intro of my op-ed \u2014 why was it tense?")).toEqual([
      "intro of my op-ed \u2014 ",
    ]);
  });

  it("is found last, before the question mark or after it", () => {
    expect(spanned("what did biden warn, for my class presentation?")).toEqual([
      "for my class presentation?",
    ]);
    expect(spanned("what did biden warn? source needed for my report")).toEqual([
      " source needed for my report",
    ]);
    expect(spanned("who asked for the call? (writing a summary for class)")).toEqual([
      " (writing a summary for class)",
    ]);
  });

  it("is not a purpose when the words name what is asked about", () => {
    expect(purposeSpans("what's up for discussion in geneva")).toEqual([]);
    expect(purposeSpans("what's the plan for the upcoming discussion, and when?")).toEqual([]);
    expect(purposeSpans("who is the source of the quote?")).toEqual([]);
  });

  it("is not searched, so the question is answered, not refused for 'essay'", () => {
    const reply = answer("for my poli sci essay, what day of the week was the call?", { index });
    expect(reply.answered).toBe(true);
    expect(reply.snippets[0]?.text).toContain("Thursday");
  });

  it("leaves a yes/no question after it asking whether", () => {
    // Read as asking what, "before discussing" would ask about an earlier event.
    const plan = planQuery(
      "need a quote: did they promise to consult allies before discussing?",
      index,
    );
    expect(plan.kinds).not.toContain("earlier");
  });
});
