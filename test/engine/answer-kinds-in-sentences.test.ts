/**
 * Whether a sentence holds the kind of answer asked (`holdsAnswerKind`), speaks of an earlier
 * event beside what is asked (`speaksOfEarlier`), or gives the name asked for (`givesName`, with
 * the named terms `answerTypeCue` reads from the question).
 */
import { describe, expect, it } from "vitest";
import { holdsAnswerKind } from "../../src/search/answer-kind-patterns.js";
import { asksAboutEarlierEvent, speaksOfEarlier } from "../../src/search/earlier-event.js";
import { answerTypeCue } from "../../src/search/expansions.js";
import { givesName } from "../../src/search/named-answer.js";

describe("holdsAnswerKind", () => {
  it.each([
    ["They will meet on Jan. 10 in Geneva.", "date", true],
    ["The call came on Thursday.", "date", true],
    ["They traded threats in a phone chat regarding Ukraine.", "topic", true],
    ["The call lasted 50 minutes.", "topic", false],
    // "Nothing about you without you" is a motto, not what something is about.
    ["Decisions will follow the concept of nothing about you without you.", "topic", false],
    ["It began early next year.", "date", true],
    ["It was their second phone contact in a month.", "date", false],
    ["An official told reporters following the presidential call.", "date", true],
    ["They spoke after the summit in Geneva.", "date", true],
    ["Officials are following the situation.", "date", false],
    ["They will meet on Jan. 10 in Geneva.", "calendarDate", true],
    ["The takeover of Crimea in 2014.", "calendarDate", true],
    ["That same week, officials will meet.", "date", true],
    ["That same week, officials will meet.", "calendarDate", false],
    ["The call came on Thursday.", "weekday", true],
    ["They spoke yesterday.", "weekday", false],
    ["A 50-minute talk.", "duration", true],
    ["A call 50 minutes long.", "duration", true],
    ["A long and serious call.", "duration", false],
    ["Their second phone contact in a month.", "duration", false],
    ["They talk twice a week.", "duration", false],
    ["A month of talks.", "duration", true],
    ["Their second phone contact in a month.", "period", true],
    ["They will consult allies within two weeks.", "period", true],
    ["A 50-minute talk.", "period", false],
    ["Biden laid out two paths.", "count", true],
    ["It was their second call.", "count", true],
    ["The takeover of Crimea in 2014.", "count", false],
    ["They meet on Jan. 10.", "count", false],
    ["This was their second phone contact in a month.", "frequency", true],
    ["They have spoken twice.", "frequency", true],
    ["A call 50 minutes long.", "frequency", false],
    ["The senator, 79 years old, spoke.", "age", true],
    ["Biden spoke for 50 minutes.", "age", false],
    ["They will meet in Geneva.", "place", true],
    ["Troops massed along Ukraine's border.", "place", true],
    ["One path leads toward a de-escalation.", "place", true],
    ["The Organization for Security and Cooperation in Europe.", "place", false],
    ["They will meet in Geneva.", "namedPlace", true],
    ["They will meet with the Council.", "namedPlace", false],
    ["the Organization for Security and Cooperation in Europe (OSCE)", "acronym", true],
    ["the OSCE's Permanent Council", "acronym", false],
    ["Tensions rose amid Russia's military buildup.", "cause", true],
    ["Prices fell because of the drought.", "cause", true],
    ["Biden urged Putin to de-escalate tensions.", "cause", false],
    ["The talks ended without a deal.", "outcome", true],
    ["Officials are slated to meet on Jan. 10 in Geneva.", "outcome", false],
    ["The board will vote next week.", "outcome", false],
    ["Putin warned of a rupture if sanctions were imposed.", "outcome", false],
    ["The buildup raised the specter of another invasion.", "outcome", false],
    ["Tensions spurred fears of a possible invasion.", "outcome", false],
    ["The call began at 3:30 p.m. Moscow time.", "clockTime", true],
    ["They spoke on Thursday evening.", "clockTime", true],
    ["They spoke on Thursday.", "clockTime", false],
  ] as const)("%s → %s: %s", (text, kind, expected) => {
    expect(holdsAnswerKind(text, kind)).toBe(expected);
  });

  // A regex that backtracks catastrophically would hang here until the test times out.
  it("copes with long hostile input", () => {
    const hostile = `${"1 ".repeat(3000)}${"Jan. ".repeat(1000)}(${"A".repeat(5000)}`;
    const kinds = [
      "date",
      "weekday",
      "clockTime",
      "duration",
      "period",
      "count",
      "frequency",
      "age",
      "acronym",
      "place",
      "cause",
      "outcome",
    ] as const;
    expect(kinds.map((kind) => holdsAnswerKind(hostile, kind))).toContain(true);
  });
});

describe("speaksOfEarlier", () => {
  it("wants the earlier-word beside what the question asks about", () => {
    expect(speaksOfEarlier("as they've done in previous calls", ["call"])).toBe(true);
    expect(
      speaksOfEarlier(
        "This was their second phone call in a month, amid a buildup like the one that preceded the takeover of Crimea in 2014.",
        ["call", "phone"],
      ),
    ).toBe(false);
  });
});

describe("givesName", () => {
  const psaki = "In a summary, the press secretary Jen Psaki stated that talks would go on.";
  const unnamed = "A senior Biden administration official told reporters that Biden warned Putin.";
  it("finds a name beside what is named, and none the question already gives", () => {
    expect(givesName(psaki, ["secretari"], [])).toBe(true);
    expect(givesName(psaki, ["secretari"], ["jen", "psaki"])).toBe(false);
    // Biden and Putin are named, but not beside "official", and Biden is asked about.
    expect(givesName(unnamed, ["offici"], ["biden"])).toBe(false);
    // Run into the title, a name modifies it; set apart by a comma, it names the person.
    expect(givesName(unnamed, ["offici"], [])).toBe(false);
    expect(
      givesName("Jen Psaki, the press secretary, said talks would go on.", ["secretari"], []),
    ).toBe(true);
    // Capitalised, what is named is part of the name run into it.
    const council = "Officials will also meet with NATO and the OSCE's Permanent Council.";
    expect(givesName(council, ["council"], [])).toBe(true);
    expect(givesName("Officials will also meet with the council.", ["council"], [])).toBe(false);
  });

  it("wants a name of two words when the sentence lacks what is named", () => {
    expect(givesName("It begins with the Strategic Stability Dialogue.", ["track"], [])).toBe(true);
    expect(givesName("It begins in Geneva.", ["track"], [])).toBe(false);
  });

  it("wants a person's name when what is named is a person", () => {
    const council = "Russian officials will also meet with NATO and the OSCE's Permanent Council.";
    expect(givesName(council, ["negoti"], [])).toBe(false);
    expect(givesName("They begin with the Strategic Stability Dialogue.", ["envoy"], [])).toBe(
      false,
    );
    expect(givesName("Talks open, said the negotiator Ann Kowalczyk.", ["negoti"], [])).toBe(true);
    expect(givesName("U.S. President Joe Biden called.", ["leader"], [])).toBe(true);
  });

  it("takes what is named from the words after 'the name of'", () => {
    expect(
      answerTypeCue("what is the name of the senior official who briefed reporters").namedTerms,
    ).toEqual(["offici"]);
    // A participle opens a clause: the dialogue is named, not the year.
    expect(answerTypeCue("whats the name of the dialogue starting next year").namedTerms).toEqual([
      "dialogu",
    ]);
  });

  it("reads 'X's first name' as asking a name, not an earlier event", () => {
    const cue = answerTypeCue("what's the press secretary's first name");
    expect(cue.kinds).toContain("name");
    expect(asksAboutEarlierEvent("what's the press secretary's first name", false)).toBe(false);
  });

  it("takes what is named from the owner of 'X's name'", () => {
    const cue = answerTypeCue("what's the russian leader's name in these articles");
    expect(cue.kinds).toContain("name");
    expect(cue.namedTerms).toEqual(["leader"]);
    expect(answerTypeCue("what did the leaders say").kinds).not.toContain("name");
  });

  it("asks by name who holds a role, not what role a named person holds", () => {
    expect(answerTypeCue("who's the american leader?").namedTerms).toEqual(["leader"]);
    expect(answerTypeCue("who is the senior official").kinds).toContain("name");
    expect(answerTypeCue("who's psaki").kinds).not.toContain("name");
    expect(answerTypeCue("who is the official who briefed reporters").kinds).not.toContain("name");
  });
});
