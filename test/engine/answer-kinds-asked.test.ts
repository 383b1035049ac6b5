/**
 * Which kind of answer a question asks for (`kindsAsked`), whether it asks about an earlier event
 * (`asksAboutEarlierEvent`), and whether it asks yes or no (`isYesNoQuestion`).
 */
import { describe, expect, it } from "vitest";
import { asksAboutEarlierEvent } from "../../src/search/earlier-event.js";
import { kindsAsked } from "../../src/search/kinds-asked.js";
import { isYesNoQuestion } from "../../src/search/yes-no-question.js";

describe("kindsAsked", () => {
  it("asks for an outcome of what came of an event, not of where something is meant to go", () => {
    expect(kindsAsked("did russia end up invading", true, ["outcome"], [])).toContain("outcome");
    expect(kindsAsked("where is the path supposed to end up", false, ["outcome"], [])).toEqual([]);
    expect(kindsAsked("which way the US ends up going", false, ["outcome"], [])).toEqual([]);
  });

  it("asks for no ordinal when the question names the repeat itself", () => {
    expect(kindsAsked("was this their first call", true, ["frequency"], [])).toEqual(["frequency"]);
    const question = "was he saying it for the first time or repeating himself";
    expect(kindsAsked(question, true, ["frequency"], [])).toEqual([]);
    const saidBefore = "is this the first time they spelled it out, or have they said it before?";
    expect(kindsAsked(saidBefore, true, ["frequency"], [])).toEqual([]);
  });

  it('asks whether something was said before, which "reiterated" answers', () => {
    const saidBefore = "is this the first time biden said progress needs calm";
    expect(kindsAsked(saidBefore, true, ["frequency"], [])).toEqual(["restated"]);
    expect(kindsAsked("is this the first time they met", true, ["frequency"], [])).toEqual([
      "frequency",
    ]);
  });

  it("asks for no date of when a consequence comes, which a condition answers", () => {
    expect(kindsAsked("deterrence path kicks in when exactly", false, ["date"], [])).toEqual([]);
    expect(kindsAsked("when exactly would the penalties hit", false, ["date"], [])).toEqual([]);
    expect(kindsAsked("when did the sanctions hit", false, ["date"], [])).toEqual(["date"]);
    expect(kindsAsked("when will they meet", false, ["date"], [])).toEqual(["date"]);
  });

  it("asks for a topic when the question ends on 'about'", () => {
    expect(kindsAsked("what was the call even about?", false, [], [])).toEqual(["topic"]);
    expect(kindsAsked("what did biden say about china", false, [], [])).toEqual([]);
  });

  it("asks for a topic, not a place, when 'which country' asks what something was about", () => {
    expect(kindsAsked("which country was the call about", false, ["place"], [])).toEqual(["topic"]);
    expect(kindsAsked("which country did they meet in", false, ["place"], [])).toEqual(["place"]);
    expect(
      kindsAsked("so what was the phone thing even about, which country", false, ["place"], []),
    ).toEqual(["topic"]);
    // In a statement's order.
    expect(kindsAsked("call was about which country", false, ["place"], [])).toEqual(["topic"]);
  });

  it("asks an outcome of how something went, not of how someone wanted it to go", () => {
    expect(kindsAsked("how did the geneva meeting actually go?", false, [], [])).toEqual([
      "outcome",
    ]);
    const wanted = "how did the us want the upcoming security talks to go?";
    expect(kindsAsked(wanted, false, [], [])).toEqual([]);
  });

  it("asks for a consequence when the question supposes a case and asks what follows", () => {
    for (const question of [
      "what happens if russia actually goes into ukraine?",
      "what happens to the talks if russia escalates",
      "moscow pulls troops back, then what?",
      "what if russia chooses diplomacy",
      "what will washington do if moscow invades",
      "what does russia risk if it invades",
      "if russia invades what happens to nato troops in europe",
      "if moscow de-escalates, what's on the table",
    ]) {
      expect(kindsAsked(question, false, [], []), question).toEqual(["consequence"]);
    }
    const demand = "suppose putin goes with diplomacy, what would russia have to do";
    expect(kindsAsked(demand, false, [], [])).toEqual([]);
    expect(kindsAsked("what happened on the call", false, [], [])).toEqual([]);
    expect(kindsAsked("what did putin say if anything", false, [], [])).toEqual([]);
  });

  it("asks what an acronym stands for when the question asks the meaning of a word in capitals", () => {
    for (const question of [
      "What does OSCE mean?",
      "Meaning of OSCE?",
      "OSCE meaning",
      "whats the OSCE",
      "what is NATO?",
      "full name of the OSCE?",
    ]) {
      expect(kindsAsked(question, false, [], []), question).toEqual(["acronym"]);
    }
    expect(kindsAsked("what does engagement mean", false, [], [])).toEqual([]);
    // Only the word in capitals alone is asked about: not what it did, nor a lowercase word.
    expect(kindsAsked("what is NATO doing?", false, [], [])).toEqual([]);
    expect(kindsAsked("whats the deal", false, [], [])).toEqual([]);
    expect(kindsAsked("what does OSCE stand for", false, ["acronym"], [])).toEqual(["acronym"]);
  });
});

describe("asksAboutEarlierEvent", () => {
  it.each([
    ["When was their previous call?", true],
    ["How long did the first phone call this month last?", true],
    ["When did Biden and Putin last meet in person?", true],
    ["Which earlier event was the buildup compared to?", true],
    ["What job did Jen Psaki have before becoming press secretary?", true],
    ["what was jen psaki's job before press secretary", true],
    ["What does the US want before real headway is possible?", false],
    ["how long will they consult partners before things kick off", false],
    // "anything" is no gerund: a clause follows, the condition of what is asked.
    ["what say do allies get before anything touching them is talked over", false],
    ["who is biden gonna check with before making calls on the ukraine mess", false],
    // The present progressive speaks of what is arranged, not of what came before.
    ["who's the us checking in with before the talks", false],
    ["who was the press secretary before the talks", true],
    ["Who will he consult before deciding?", false],
    ["was there a call before this one", true],
    ["What did the US do before the summit?", true],
    ["How long did the call last?", false],
    ["how many days will consultations last at most", false],
    ["Who asked for the call in the first place?", false],
    ["whats the first of the two paths", false],
    ["under the first option, how is russia supposed to settle it", false],
    ["what's the first diplomatic step early next year?", false],
    ["what does OSCE stand for, according to the first article?", false],
    ["Who spoke first?", false],
    ["who reached out first — moscow or washington?", false],
    ["who called first, biden or putin", false],
    ["Was this the first call between them?", false],
    ["how many times had they spoken that month? first or second?", false],
    ["was it their second or first call", false],
    ["when did that official talk to the press, before or after?", false],
    // "…or nah?" asks whether, as "was it…?" does.
    ["first call this month or nah?", false],
    // A yes/no question asks after an earlier event in "before this" or with an earlier-word.
    ["did they talk b4 this", true],
    ["did putin and biden meet face to face in geneva earlier in 2021?", true],
    ["was anything different from their earlier calls?", true],
    ["did they talk before the talks in geneva?", false],
  ])("%s → %s", (question, expected) => {
    expect(asksAboutEarlierEvent(question, isYesNoQuestion(question))).toBe(expected);
  });
});

describe("isYesNoQuestion", () => {
  it.each([
    ["did they say anything new?", true],
    ["first call this month or nah?", true],
    ["i heard the call was super friendly?", true],
    ["the call lasted an hour didnt it", true],
    ["what was the call like?", false],
    ["the white house was asked what?", false],
    ["tone of the call?", false],
  ])("%s → %s", (question, expected) => {
    expect(isYesNoQuestion(question)).toBe(expected);
  });
});
