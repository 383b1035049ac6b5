import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { articlesFromFiles } from "../../src/corpus/load-corpus.js";
import { holdsAnswerKind, monthsNamed } from "../../src/search/answer-kind-patterns.js";
import { answerKindCheck } from "../../src/search/answer-kinds.js";
import { asksAboutEarlierEvent, speaksOfEarlier } from "../../src/search/earlier-event.js";
import { answerTypeCue } from "../../src/search/expansions.js";
import { kindsAsked } from "../../src/search/kinds-asked.js";
import { givesName } from "../../src/search/named-answer.js";
import { buildPassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";
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
    for (const question of ["What does OSCE mean?", "Meaning of OSCE?", "OSCE meaning"]) {
      expect(kindsAsked(question, false, [], []), question).toEqual(["acronym"]);
    }
    expect(kindsAsked("what does engagement mean", false, [], [])).toEqual([]);
    expect(kindsAsked("what does OSCE stand for", false, ["acronym"], [])).toEqual(["acronym"]);
  });
});

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

describe("answers that need a kind of answer", () => {
  const index = buildPassageIndex(
    articlesFromFiles([
      {
        file: "harvest.md",
        text: [
          "---\nid: harvest\ntitle: Harvest report\noutlet: Farm News\n---",
          "Farmers across the valley said the wheat harvest was poor after the drought.",
          "The harvest festival will open on Saturday in Fresno.",
          "The growers will meet next week, before the March harvest.",
          "After a long season of disputes over water rights and prices, the board said the growers would meet again on March 3.",
          "Some 300 farmers signed a petition on water rights.",
          "Wheat prices in the valley climbed all season.",
          "The valley's wheat prices rose because the drought cut the harvest by half.",
        ].join("\n\n"),
      },
    ]),
  );

  it("prefers the sentence that holds the date a 'when' question asks for", () => {
    const reply = answer("When is the harvest festival?", { index });
    expect(reply.snippets[0]?.text).toContain("Saturday");
  });

  it("refuses 'when' where the sentence that matches says no time", () => {
    expect(answer("When did the farmers sign the petition?", { index }).answered).toBe(false);
    expect(answer("Did the farmers sign the petition?", { index }).answered).toBe(true);
  });

  it("answers 'on what date' with a calendar date, not 'next week'", () => {
    expect(answer("On what date will the growers meet?", { index }).snippets[0]?.text).toMatch(
      /on March 3\.$/,
    );
  });

  it("answers 'what date in <month>' only with a date in that month", () => {
    expect(
      answer("On what date in March will the growers meet?", { index }).snippets[0]?.text,
    ).toMatch(/on March 3\.$/);
    expect(answer("On what date in April will the growers meet?", { index }).answered).toBe(false);
    // "may" is a month only where it reads as one.
    expect(monthsNamed("On what date may the growers meet?")).toEqual([]);
    expect(monthsNamed("What happens in May, and on Dec. 3?")).toEqual(["may", "dec"]);
  });

  it("reads 'is this the first time' as asking how often, answered by 'again'", () => {
    expect(
      answer("Is this the first time the growers will meet?", { index }).snippets[0]?.text,
    ).toContain("meet again");
    // An ordinal in digits is the word, not a figure the corpus lacks.
    expect(answer("Is this the 1st time the growers will meet?", { index }).answered).toBe(true);
  });

  it("refuses to date an earlier event from a sentence about this one", () => {
    expect(answer("When was the previous harvest festival?", { index }).answered).toBe(false);
    expect(answer("When did the growers last meet?", { index }).answered).toBe(false);
    expect(answer("When is the harvest festival?", { index }).answered).toBe(true);
  });

  it("answers 'why' with the sentence that gives a cause over one that only restates", () => {
    const reply = answer("Why did wheat prices in the valley climb?", { index });
    expect(reply.snippets[0]?.text).toContain("because the drought");
  });

  it("ranks a sentence lacking a 'why' question's reason lower, but does not refuse on it", () => {
    const petition = index.passages.findIndex((p) => p.text.includes("signed a petition"));
    const creditOf = (question: string) =>
      answerKindCheck(planQuery(question, index), index)(petition);
    expect(creditOf("why did the farmers sign a petition?")).toEqual({ ranking: 0.5, deciding: 1 });
    expect(creditOf("when did the farmers sign a petition?")).toEqual({
      ranking: 0.35,
      deciding: 0.35,
    });
  });

  it("reads 'what's behind', 'meant to achieve' and 'how come' as asking why", () => {
    expect(answer("What's behind the wheat prices?", { index }).snippets[0]?.text).toContain(
      "because the drought",
    );
    expect(answerTypeCue("what was the petition meant to achieve").kinds).toEqual(["cause"]);
    expect(answerTypeCue("how come wheat prices went up?").kinds).toEqual(["cause"]);
    expect(answerTypeCue("the petition is for what").kinds).toEqual(["cause"]);
    // A purpose said as what something enables is a cause said outright.
    expect(holdsAnswerKind("Aid went to farmers to enable them to replant.", "cause")).toBe(true);
  });

  it("reads 'the number of' and 'max number of' as asking a count", () => {
    const cue = answerTypeCue("what's the max number of days for consultations");
    expect(cue.kinds).toEqual(["count"]);
    expect(cue.countedTerms).toContain("day");
  });

  it("reads 'what time span' and 'how much time' as asking a duration, not a clock time", () => {
    expect(answerTypeCue("what time span for consultations").kinds).toEqual(["duration"]);
    expect(answerTypeCue("how much time did they talk").kinds).toEqual(["duration"]);
    expect(answerTypeCue("what time did they talk").kinds).toEqual(["clockTime"]);
  });

  it("asks no date of a 'when' that opens a clause without a subject", () => {
    expect(answerTypeCue("does he involve partners when making choices").kinds).toEqual([]);
    expect(answerTypeCue("what did she say when asked about it").kinds).toEqual([]);
    expect(answerTypeCue("did they meet, and when during the week").kinds).toContain("date");
  });

  it("asks no date of a yes/no question's 'when' unless it asks the time of something said", () => {
    expect(
      answerTypeCue("any promise allies get a seat when their worries come up?").kinds,
    ).toEqual([]);
    expect(answerTypeCue("did psaki say when they will talk next?").kinds).toContain("date");
    expect(answerTypeCue("any word on when they meet?").kinds).toContain("date");
  });

  it("reads an asking phrase with an emphasis inside it", () => {
    expect(answerTypeCue("whats actually driving the prices rn").kinds).toEqual(["cause"]);
    expect(answerTypeCue("what day exactly did it open").kinds).toContain("date");
    expect(answerTypeCue("what actually happened").kinds).toEqual([]);
  });

  it("finds the count next to what is counted", () => {
    const reply = answer("How many farmers signed the petition?", { index });
    expect(reply.snippets[0]?.text).toContain("300 farmers");
  });

  it("prefers the sentence that gives a cause to 'what is driving' and 'why'", () => {
    for (const question of [
      "What is driving wheat prices in the valley?",
      "Why did wheat prices rise?",
    ]) {
      expect(answer(question, { index }).snippets[0]?.text, question).toContain("because");
    }
  });

  it("refuses to give the outcome of what the articles report as still to come", () => {
    expect(answer("How did the March 3 meeting of the growers turn out?", { index }).answered).toBe(
      false,
    );
    expect(answer("When will the growers meet?", { index }).answered).toBe(true);
    // "In the end", "eventually" ask what came of it, as "turn out" does.
    expect(answer("did the growers meet in the end?", { index }).answered).toBe(false);
  });

  it("refuses a count the articles never give, however well the topic matches", () => {
    expect(answer("How many tons of wheat did the valley harvest?", { index }).answered).toBe(
      false,
    );
    expect(answer("How old are the farmers in the valley?", { index }).answered).toBe(false);
  });
});

describe("a count asked of a word the articles say in other words", () => {
  const index = buildPassageIndex(
    articlesFromFiles([
      {
        file: "talks.md",
        text: [
          "---\nid: talks\ntitle: Talks\noutlet: Wire\n---",
          "This was the mayors' second phone contact in a month.",
          "Officials watched the two nations' military buildup along the river.",
          "No troops have crossed the river yet.",
          "The mayors did not call a vote.",
        ].join("\n\n"),
      },
    ]),
  );

  it("is answered by an ordinal ranking a synonym ('how many calls': 'second phone contact')", () => {
    const reply = answer("how many calls did the mayors have this month?", { index });
    expect(reply.snippets[0]?.text).toContain("second phone contact");
  });

  it("is not answered by a figure that only stands near a synonym", () => {
    expect(answer("how many troops are in the buildup?", { index }).answered).toBe(false);
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
