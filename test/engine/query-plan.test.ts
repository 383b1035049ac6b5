import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import { analyzedSynonyms } from "../../src/search/expansions.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";
import { STOPWORDS, SYNONYM_GROUPS } from "../../src/text/lexicon.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

const concepts = (question: string) =>
  planQuery(question, index).concepts.map((c) => [c.surface, c.weak] as const);
const expansions = (question: string, surface: string) =>
  planQuery(question, index)
    .concepts.find((c) => c.surface === surface)
    ?.terms.filter((t) => t.kind === "expansion")
    .map((t) => t.term) ?? [];

describe("planQuery", () => {
  it("searches nothing for words that ask for a quotation, only for what it is about", () => {
    for (const question of [
      "whats the sentence that brings up crimea",
      "quote me the exact words about crimea",
      "the crimea sentence, exact wording?",
    ]) {
      const searched = concepts(question).map(([surface]) => surface);
      expect(searched, question).toContain("crimea");
      expect(searched.join(" "), question).not.toMatch(/sentence|words|wording|exact|quote/);
    }
    const answered = answer("whats the sentence that brings up crimea", { index });
    expect(answered.snippets[0]?.text).toMatch(/Crimea/);
  });

  it("reads two words side by side that name one thing as one idea", () => {
    expect(concepts("Who asked for the phone call?")).toEqual([
      ["asked", false],
      ["phone call", false],
    ]);
    // Apart, they stay two: "phone" here is not the call.
    expect(concepts("Did the call mention the phone lines?").map(([surface]) => surface)).toContain(
      "phone",
    );
  });

  it("reads alternatives the question chooses between as one idea", () => {
    const plan = planQuery("Was it Washington or Moscow that wanted the call?", index);
    const choice = plan.concepts.find((c) => c.surface === "Washington Moscow");
    expect(choice?.alternatives).toBe(true);
    expect(choice?.terms.map((t) => t.term)).toEqual(
      expect.arrayContaining(["washington", "moscow"]),
    );
    // The words running into an option are part of it: "15 mins" is the first option.
    const options = planQuery("was the call closer to 15 mins or closer to an hour?", index);
    expect(options.concepts.filter((c) => c.option === 1).map((c) => c.surface)).toEqual(["15"]);
    // Without "or" they stay two ideas, both asked for.
    expect(concepts("Did Washington and Moscow talk?").map(([surface]) => surface)).toEqual([
      "Washington",
      "Moscow",
      "talk",
    ]);
  });

  it("keeps a synonym that is also a stopword, by its stem", () => {
    // "describe" is dropped from questions ("describe the call"), but "described" is indexed.
    const characterize = planQuery("How did officials characterize it?", index).concepts.find(
      (c) => c.surface === "characterize",
    );
    expect(characterize?.terms.map((t) => t.term)).toContain("describ");
  });

  it("counts a word of a synonym phrase as part of it, and its synonyms as the whole", () => {
    const leader = planQuery("What did the Russian leader say?", index).concepts.find(
      (c) => c.surface === "Russian leader",
    );
    const kindOf = (term: string) => leader?.terms.find((t) => t.term === term)?.kind;
    expect(kindOf("russian")).toBe("part");
    expect(kindOf("putin")).toBe("expansion");
  });

  it("reads a phrasal verb with its particle, and a hyphenated synonym as one word", () => {
    const terms = (question: string, surface: string) =>
      planQuery(question, index)
        .concepts.find((c) => c.surface === surface)
        ?.terms.map((t) => t.term) ?? [];
    // "tone down" is a synonym of "calm"; "tone" alone is not.
    expect(terms("Did Biden ask Russia to calm things?", "calm")).toContain("deescal");
    expect(terms("Did Biden ask Russia to calm things?", "calm")).not.toContain("tone");
    expect(terms("What was the tone?", "tone")).not.toContain("deescal");
    expect(terms("Which talks kick off in January?", "kick")).toContain("begin");
    expect(terms("Who will kick the ball?", "kick")).not.toContain("begin");
    // Split by its object, the phrasal verb is still one.
    expect(terms("Did Biden tell Putin to cool things down?", "cool")).toContain("deescal");
    expect(terms("Did Biden tell Putin to cool things?", "cool")).not.toContain("deescal");
    // A vague object splits it too; one that names something makes another verb.
    expect(terms("did russia keep ramping stuff up?", "ramping")).toContain("escal");
    expect(terms("was kicking russia off swift on the table?", "kicking")).not.toContain("begin");
    // A noun after a determiner, its "particle" ending the question, is no phrasal verb.
    expect(terms("which weekday was the call on?", "call")).not.toContain("urg");
    // The verb alone means something else: "set up the call" is not "set out two routes".
    expect(terms("was it washington that set up the phone call?", "set")).not.toContain("set");
    expect(terms("was it washington that set up the phone call?", "set")).toContain("request");
  });

  it("reads a short word one slip from a stopword as that stopword, but never a number", () => {
    const surfaces = (question: string) => concepts(question).map(([surface]) => surface);
    expect(surfaces("Waht did Putin threaten?")).toEqual(["Putin", "threaten"]);
    // "5" is one slip from "a"; it is the article's number, and the corpus lacks it.
    expect(surfaces("What does NATO's Article 5 say?")).toContain("5");
    expect(answer("What does NATO's Article 5 say?", { index }).answered).toBe(false);
    // Nor is a name written as one: "Nord" is one slip from "nor", "EU" from "e".
    expect(surfaces("What did Biden say about Nord Stream?")).toContain("Nord");
    expect(surfaces("Did the EU add sanctions?")).toContain("EU");
    // In lowercase, a name still runs into another word the corpus lacks.
    expect(surfaces("what sanctions did the US put on nord stream 2?")).toContain("nord");
    expect(answer("what sanctions did the US put on nord stream 2?", { index }).answered).toBe(
      false,
    );
  });

  it("asks what the question's own wh-word asks, not a clause's", () => {
    const kinds = (question: string) => planQuery(question, index).kinds;
    expect(kinds("Where was Biden when he took the call?")).toEqual(["place", "whereabouts"]);
    expect(kinds("Where and when will the officials meet?").sort()).toEqual(["date", "place"]);
    expect(kinds("Did Psaki say when the officials would meet?")).toEqual(["date"]);
    // A clause before the question opens with "when" and asks nothing of its own.
    expect(kinds("When the official talks of costs, which costs does he mean?")).toEqual([]);
    expect(kinds("When did they talk, and what did they say?")).toEqual(["date"]);
    expect(kinds("what's got things so heated between them")).toEqual(["cause"]);
    expect(kinds("what's got to happen before talks")).not.toContain("cause");
    expect(kinds("so how did the nato-russia council meeting actually go")).toEqual(["outcome"]);
    expect(kinds("how do they plan to go forward")).not.toContain("outcome");
    // "In how long" asks within what span, not how long something lasted.
    expect(kinds("Their second call in how long?")).toEqual(["period"]);
    expect(kinds("How long was their second call?")).toEqual(["duration"]);
  });

  it("reads what a count must qualify as the corpus words it", () => {
    const counted = (question: string) => planQuery(question, index).countedTerms;
    // The articles say "two paths", never "options".
    expect(counted("How many options did Biden give Putin?")).toContain("path");
    // No count in the articles is of dollars: none can answer.
    expect(counted("How many dollars of aid did Ukraine get?")).toEqual(["dollar"]);
    // "Times" names nothing in particular: any count will do.
    expect(counted("How many times did they talk?")).toEqual([]);
  });

  it("expands no word to a synonym of another word its stem collides with", () => {
    // "aide" stems to "aid", "decision" and "decisively" to "decis" (so "decisively" is
    // indexed apart), and a request for a call is no security demand.
    expect(expansions("Will the US send aid?", "aid")).not.toContain("offici");
    expect(expansions("What choices did Biden give?", "choices")).toContain("decis");
    expect(expansions("What choices did Biden give?", "choices")).not.toContain("decisive");
    expect(expansions("Who made the request?", "request")).not.toContain("demand");
  });

  it("reads a word in capitals as a name, unless the whole question is in capitals", () => {
    const classOf = (question: string) =>
      planQuery(question, index).concepts.find((c) => /swift/i.test(c.surface))?.wordClass;
    expect(classOf("Was Russia cut off from SWIFT?")).toBe("name");
    expect(classOf("WAS RUSSIA CUT OFF FROM SWIFT?")).not.toBe("name");
  });

  it("has no synonym phrase that opens with a stopword, which would stand for its last word", () => {
    // "in line" would analyse to "line" alone, and every "line" would mean "consistent".
    const opening = SYNONYM_GROUPS.flat().filter((entry) => {
      const [first, ...rest] = entry.split(/\s+/);
      return rest.length > 0 && STOPWORDS.has(first ?? "");
    });
    expect(opening).toEqual([]);
  });

  it("searches a word's opposite only in a yes/no question: 'anything new?' meets 'previous'", () => {
    expect(expansions("Did they say anything new?", "new")).toContain("previous");
    expect(expansions("was the call short", "short")).toContain("long");
    expect(expansions("What was new?", "new")).not.toContain("previous");
    // Chat asks whether with a closing "or what".
    expect(expansions("biden going solo on this or what", "solo")).toContain("conjunct");
  });

  it("knows a weak word in any of its forms", () => {
    for (const question of [
      "What did Psaki say?",
      "What did Psaki said?",
      "What was reported?",
      "Why is everyone nervous?",
      "Did either guy budge?",
      // Chat's openers name no topic: "wait, …", "eli5 …".
      "wait when did they talk",
      "eli5 the white house line",
    ]) {
      expect(
        concepts(question).some(([, weak]) => weak),
        question,
      ).toBe(true);
    }
  });

  it("weighs a weak verb's agent noun fully: 'reporters' are people, not a report", () => {
    expect(concepts("who spoke to reporters?")).toContainEqual(["reporters", false]);
    expect(concepts("what was reported?")).toContainEqual(["reported", true]);
  });

  it("weighs lightly the words that only say something was told: 'share these details'", () => {
    expect(concepts("Where did the official share these details?")).toEqual([
      ["official", false],
      ["share", true],
      ["details", true],
    ]);
  });

  it("reads an idiom for a weak word as weak", () => {
    expect(concepts("When did the call take place?")).toContainEqual(["take place", true]);
    // "reach out" has "want" among its synonyms, and is no weaker for it.
    expect(concepts("who reached out to whom?")).toContainEqual(["reached", false]);
  });

  it("tags word classes only when a word and its synonyms are missing, the one case they count", () => {
    const classes = (question: string) =>
      planQuery(question, index).concepts.map((c) => [c.surface, c.wordClass]);
    expect(classes("What did Putin warn?")).toEqual([
      ["Putin", "other"],
      ["warn", "other"],
    ]);
    expect(classes("What did Zelensky threaten?")).toContainEqual(["Zelensky", "name"]);
    // The articles say "threat", never "threaten": a synonym the corpus holds is enough.
    expect(classes("Who threatened whom?")).toEqual([["threatened", "other"]]);
  });

  it("reads a word everyday English lacks as a noun, where the tagger guessed an adjective", () => {
    const classes = (question: string) =>
      new Map(planQuery(question, index).concepts.map((c) => [c.surface, c.wordClass]));
    // The tagger reads "covid" before a noun as an adjective; it is the topic.
    expect(classes("Did they talk about covid vaccines?").get("covid")).toBe("noun");
    // Nor is such a word a verb: "blinken" is who is asked about.
    expect(classes("blinken involved?").get("blinken")).toBe("noun");
    expect(classes("Did they talk about cheap vaccines?").get("cheap")).toBe("modifier");
  });
});

describe("two swapped letters", () => {
  const ownTerms = (question: string) =>
    planQuery(question, index).concepts.flatMap((c) =>
      c.terms.filter((t) => t.kind === "own").map((t) => t.term),
    );

  it("are read as the word the corpus holds", () => {
    expect(ownTerms("how long were they on the phnoe")).toContain("phone");
  });

  it("are not looked for in an everyday word, which is no typo", () => {
    // "tow" is English; a swap would make "two", but the asker meant what they wrote.
    expect(ownTerms("what about tow trucks")).toContain("tow");
  });

  it("and a doubled letter written once in a short word, are read the same way", () => {
    expect(ownTerms("what was the point of the cal")).toContain("call");
    // "cup" is everyday English, though "cupp" would be no word either.
    expect(ownTerms("who won the cup")).toContain("cup");
  });

  it("and a dropped g of -ing is read back, unless the word is a slip for a corpus word", () => {
    expect(ownTerms("any word on nato allies gettin filled in?")).not.toContain("gettin");
    expect(ownTerms("what did Puttin threten")).not.toContain("put");
    // "thin" is a word of its own.
    expect(ownTerms("was the evidence thin")).toContain("thin");
    expect(ownTerms("why are tensions goin up")).not.toContain("goin");
  });

  it("and a letter left out of a longer word is put back when that makes a corpus word", () => {
    expect(ownTerms("how did offcials describe the talk")).toContain("offici");
    // A name the corpus lacks is not read as an everyday word it holds.
    expect(ownTerms("what did blinken say")).toContain("blinken");
  });

  it("and a slip from an everyday word the corpus lacks is read as that word", () => {
    expect(ownTerms("call lenght?")).toContain("length");
    expect(ownTerms("when do negotiatons start")).not.toContain("negotiaton");
    // A prefix on an everyday word makes a word, not a slip.
    expect(ownTerms("what did psaki say biden restated?")).not.toContain("restart");
    // A rare word of English is meant as written.
    expect(ownTerms("did the ruble fall?")).not.toContain("rumbl");
  });

  it("and a slip from just one word of the corpus is read as it, so a name's words join", () => {
    const plan = planQuery("vladmir putn warned of wat exactly?", index);
    expect(plan.concepts.map((c) => c.surface)).toContain("vladmir putn");
    expect(ownTerms("vladmir putn warned of wat exactly?")).toContain("putin");
  });
});

describe("a dotted acronym in a synonym group", () => {
  it("is searched for the group's words, and widens nothing itself", () => {
    const { byTerm } = analyzedSynonyms();
    expect(byTerm.get("washington")).toContain("us");
    expect(byTerm.get("america")).toContain("us");
    // A question's "us" is most often the pronoun; "US" in capitals stays one word.
    expect(byTerm.has("us")).toBe(false);
  });
});

describe("ideas read only as their synonyms", () => {
  it('are two ideas when they are two, and a choice when "or" follows a particle', () => {
    const surfaces = (question: string) =>
      planQuery(question, index).concepts.map((c) => c.surface);
    // Both are read as synonyms only; neither may be taken for a repeat of the other.
    expect(surfaces("is biden gonna check with allies before making calls")).toEqual(
      expect.arrayContaining(["check", "decisions"]),
    );
    const choice = planQuery("r things calming down or heating up", index).concepts;
    expect(choice).toHaveLength(1);
    expect(choice[0]?.alternatives).toBe(true);
    expect(choice[0]?.terms.map((t) => t.term)).toEqual(
      expect.arrayContaining(["deescal", "escal", "tension"]),
    );
  });
});
