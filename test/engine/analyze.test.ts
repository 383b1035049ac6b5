import { describe, expect, it } from "vitest";
import { analyze, analyzeTokens } from "../../src/text/analyze.js";
import { BASE_FORM } from "../../src/text/lexicon.js";
import { hasVerbIn, wordClasses } from "../../src/text/parts-of-speech.js";

describe("analyze (the normalisation shared by index and query)", () => {
  it("folds curly quotes and drops possessives", () => {
    expect(analyze("Russia’s")).toEqual(analyze("Russia's"));
    expect(analyze("Russia's buildup")).toEqual(["russia", "buildup"]);
  });

  it("drops stopwords, question words included", () => {
    expect(analyze("Who won the World Cup?")).toEqual(["win", "world", "cup"]);
    expect(analyze("What did they say about it?")).toEqual(["say"]);
    // "What kinds of costs" asks about costs, as "what kind of costs" does.
    expect(analyze("what kinds of costs")).toEqual(analyze("what kind of costs"));
  });

  it("reads a negation as its verb, which may not be what is left without n't", () => {
    expect(analyze("it won't, they can't")).toEqual([]);
    expect(analyze("they didn't negotiate")).toEqual(analyze("they did negotiate"));
  });

  it("stems so inflections meet, and maps irregular forms to their base", () => {
    expect(analyze("threatened threats")).toEqual(["threaten", "threat"]);
    expect(analyze("said")).toEqual(analyze("says"));
    expect(analyze("met")).toEqual(analyze("meeting"));
    // Porter2 stems "characterize" to "character" but "character" to "charact".
    expect(analyze("characterized")).toEqual(analyze("character"));
  });

  it("keeps a doubled consonant that belongs to the word: 'added' meets 'add'", () => {
    expect(analyze("added adding adds")).toEqual(["add", "add", "add"]);
    expect(analyze("stuffed")).toEqual(analyze("stuff"));
    // Where the single consonant is the commoner word, Porter's undoubling stands.
    expect(analyze("putting stopped")).toEqual(analyze("put stop"));
  });

  it("reads the chat shorthand Discord users type", () => {
    expect(analyze("how many mins was the convo")).toEqual(analyze("minutes conversation"));
    expect(analyze("biden n putin")).toEqual(analyze("Biden and Putin"));
    expect(analyze("the govt")).toEqual(analyze("the government"));
    // Else "reps", unknown to the articles, reads as a missing name and refuses the question.
    expect(analyze("russian reps")).toEqual(analyze("Russian representatives"));
    // Shorthand for a word that has a base form of its own reads as that base.
    expect(analyze("ppl")).toEqual(analyze("people"));
    // An ordinal past the ninth in digits is a day of the month, as the articles write it.
    expect(analyze("on jan 10th")).toEqual(analyze("on Jan. 10"));
    expect(analyze("the 2nd path")).toEqual(analyze("the second path"));
    expect(analyze("together w allies")).toEqual(analyze("together with allies"));
  });

  it("maps every form straight to its base, never to another form", () => {
    for (const [form, base] of BASE_FORM) {
      if (BASE_FORM.get(base) !== undefined)
        expect.fail(`${form} → ${base} → ${BASE_FORM.get(base)}`);
    }
  });

  it("joins an adverb to its adjective: 'publicly' meets 'public'", () => {
    expect(analyze("publicly previously seriously")).toEqual(analyze("public previous serious"));
  });

  it("reads a number in digits as the number spelled out: '2 paths' meets 'two paths'", () => {
    expect(analyze("the 2 paths")).toEqual(analyze("two paths"));
    expect(analyze("Fifty minutes")).toEqual(analyze("50 minutes"));
    expect(analyze("their 1st and 2nd calls")).toEqual(analyze("their first and second calls"));
    // Digits stay digits: a year, a day of the month.
    expect(analyze("Jan. 10, 2014")).toEqual(["januari", "10", "2014"]);
  });

  it("keeps acronyms, so 'US' is not the pronoun 'us'", () => {
    expect(analyze("the US placed sanctions")).toEqual(["us", "place", "sanction"]);
    // The first Porter stemmer stemmed "use" to "us"; that must not find the United States.
    expect(analyze("use used")).toEqual(analyze("uses using"));
    expect(analyze("use")).not.toEqual(analyze("US"));
    expect(analyze("U.S. officials")).toEqual(["us", "offici"]);
    expect(analyze("tell us")).toEqual([]);
  });

  it("reads a common word in capitals as shouted, not as an acronym", () => {
    expect(analyze("the week AFTER geneva")).toEqual(analyze("the week after geneva"));
    expect(analyze("WHAT DID PUTIN SAY")).toEqual(["putin", "say"]);
    expect(analyze("WHAT DID THE US SAY")).toContain("us");
  });

  it("splits hyphenated words and keeps the joined whole", () => {
    expect(analyze("de-escalation")).toEqual(["de", "escal", "deescal"]);
    expect(analyze("50-minute")).toEqual(["50", "minut", "50minute"]);
  });

  it("reads a part of a hyphenated word written in capitals as an acronym", () => {
    expect(analyze("a US-based reporter")).toEqual(["us", "base", "usbas", "report"]);
    // In lower case "us" is the pronoun, dropped; the joined whole still matches "US-based".
    expect(analyze("a us-based reporter")).toEqual(["base", "usbas", "report"]);
  });

  it("gives token offsets into the original text for highlighting", () => {
    const text = "Putin’s “complete rupture”";
    const rupture = analyzeTokens(text).find((t) => t.terms.includes("ruptur"));
    expect(rupture && text.slice(rupture.start, rupture.end)).toBe("rupture");
  });

  it("ignores zero-width and bidi characters in questions", () => {
    expect(analyze("Pu\u200Btin\u202E")).toEqual(["putin"]);
  });
});

describe("hyphenated words", () => {
  it("keep only their whole after a prefix that negates: 'non-military' is not military", () => {
    expect(analyzeTokens("non-military")[0]?.terms).toEqual(analyze("nonmilitary"));
    expect(analyzeTokens("anti-war")[0]?.terms).not.toContain(analyze("war")[0]);
  });

  it("keep their whole when their stopword parts are dropped", () => {
    expect(analyze("one-on-one")).toEqual(analyze("oneonone"));
    expect(analyze("in-person")).toContain(analyze("inperson")[0]);
  });
});

describe("words the stemmer would join to another sense", () => {
  it.each([
    ["decisively", "decisions"],
    ["publication", "publicly"],
    ["authorities", "author"],
    ["forcefully", "force"],
    ["relations", "relative"],
    ["positive", "positions"],
  ])("keeps %s apart from %s, and its forms together", (word, other) => {
    expect(analyze(word)).not.toEqual(analyze(other));
  });

  it("still indexes the forms of a word kept apart as one", () => {
    expect(analyze("decisively")).toEqual(analyze("decisive"));
    expect(analyze("authorities")).toEqual(analyze("authority"));
    expect(analyze("positively")).toEqual(analyze("positive"));
  });
});

describe("wordClasses", () => {
  it("reads a question broken over lines as one sentence, keeping every offset", () => {
    const broken = "What did\nPutin threaten\r\nBiden with?";
    expect(wordClasses(broken)).toEqual(wordClasses(broken.replace(/[\r\n]/g, " ")));
    expect(wordClasses(broken).get(9)).toBe("name");
  });

  it("reads a month or a weekday as a name, and the same word as a verb as a verb", () => {
    expect(wordClasses("did they meet in june?").get(17)).toBe("name");
    expect(wordClasses("what happened on monday").get(17)).toBe("name");
    expect(wordClasses("will they march into ukraine").get(10)).toBe("verb");
  });

  it("tells whether a span holds a verb", () => {
    expect(hasVerbIn(wordClasses("before things kick off"), 7, 15)).toBe(true);
    expect(hasVerbIn(wordClasses("before press secretary"), 7, 15)).toBe(false);
  });
});
