import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { MAX_SNIPPET_LENGTH } from "../../src/answer/answer-types.js";
import { QuestionError } from "../../src/answer/question-error.js";
import { cutAround } from "../../src/answer/snippet-text.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { articlesFromFiles } from "../../src/corpus/load-corpus.js";
import { loadEngine } from "../../src/engine.js";
import { buildPassageIndex, type PassageIndex } from "../../src/search/passage-index.js";
import { analyze } from "../../src/text/analyze.js";
import { ownIndex } from "./own-corpus.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

describe("answer()", () => {
  it("answers the headline question with the rupture warning and its source", () => {
    const reply = answer("What did Putin threaten?", { index });
    expect(reply.answered).toBe(true);
    const rupture = reply.snippets.findIndex((s) => /rupture/.test(s.text));
    expect(rupture).toBeGreaterThanOrEqual(0);
    expect(rupture).toBeLessThan(3);
    expect(reply.snippets[rupture]).toMatchObject({
      paragraph: expect.any(Number),
      title: expect.any(String),
    });
  });

  it("never quotes a sentence twice, even when two neighbours each join the other", () => {
    // "…slated to meet on Jan. 10 in Geneva…" and "That same week, Russian officials will
    // also meet with NATO…" both rank, and each snippet would hold both sentences.
    for (const question of [
      "when will nato and russia meet",
      "where will officials meet in january",
    ]) {
      const texts = answer(question, { index }).snippets.map((s) => s.text);
      const repeats = texts.filter((text, i) =>
        texts.some((other, j) => j !== i && other.includes(text)),
      );
      expect(repeats, question).toEqual([]);
      expect(texts.join(" "), question).toContain("That same week");
    }
  });

  it("still quotes on its own a neighbour that an earlier snippet had to cut short", () => {
    // Snippet 1, "Biden laid out two paths…", takes "One is a path…" beside it but must cut it
    // at 350 characters; the second path is in the part cut off.
    const texts = answer("what two paths did biden lay out", { index }).snippets.map((s) => s.text);
    expect(texts[0]).toMatch(/…$/);
    expect(texts.filter((text) => text.startsWith("One is a path of diplomacy"))).toHaveLength(1);
  });

  it("keeps every snippet within the length limit and its highlights inside the text", () => {
    for (const q of [
      "What would the costs include?",
      "What were the two paths?",
      "Who requested the call?",
    ]) {
      for (const s of answer(q, { index }).snippets) {
        expect(s.text.length).toBeLessThanOrEqual(MAX_SNIPPET_LENGTH);
        for (const h of s.highlights) expect(h.end).toBeLessThanOrEqual(s.text.length);
      }
    }
  });

  it("highlights the words that matched, typos included", () => {
    const [first] = answer("what did Puttin threten", { index }).snippets;
    const marked = first?.highlights.map((h) => first.text.slice(h.start, h.end)) ?? [];
    expect(marked).toContain("Putin");
  });

  it("reads two swapped letters as the word the corpus holds", () => {
    // Fuzzy search counts a swap as two slips, and allows one in a five-letter word.
    const reply = answer("how long were they on the phnoe", { index });
    expect(reply.answered).toBe(true);
    expect(reply.snippets[0]?.text).toMatch(/50-minute|50 minutes/);
  });

  it("states a fact both articles report once, citing both", () => {
    const reply = answer("What did the press secretary say?", { index });
    const [first] = reply.snippets;
    expect(first?.text).toMatch(/de-escalation rather than escalation/);
    const cited = [first?.articleId, ...(first?.corroboratedBy.map((c) => c.articleId) ?? [])];
    expect(new Set(cited)).toEqual(
      new Set(["phone-chat-cautions", "turan-serious-substantive-call"]),
    );
    const repeats = reply.snippets.filter((s) => /substantive progress/.test(s.text));
    expect(repeats.length).toBeLessThan(3);
  });

  it("cites both articles for a fact one of them packs into a sentence with others", () => {
    // The first article's sentence also holds Biden's warning and the call's length, so it
    // resembles TURAN's rupture sentence only in the rupture's own words.
    for (const question of ["What did Putin threaten?", "How long was the call?"]) {
      const [first] = answer(question, { index }).snippets;
      const cited = [first?.articleId, ...(first?.corroboratedBy.map((c) => c.articleId) ?? [])];
      expect(new Set(cited), question).toEqual(
        new Set(["phone-chat-cautions", "turan-serious-substantive-call"]),
      );
    }
  });

  it("cites both articles when they use the same words, three in a row, for a fact", () => {
    // The two sentences otherwise share little: the second buries the warning in a list.
    const [first, ...rest] = answer("What would an invasion cost Russia?", { index }).snippets;
    const cited = [first?.articleId, ...(first?.corroboratedBy.map((c) => c.articleId) ?? [])];
    expect(first?.text).toMatch(/serious costs and consequences/);
    expect(new Set(cited)).toEqual(
      new Set(["phone-chat-cautions", "turan-serious-substantive-call"]),
    );
    expect(rest.some((s) => /serious costs and consequences/.test(s.text))).toBe(false);
    // Names do not make a run: both opening sentences say "US President Joe Biden".
    const [opening] = answer("What did Biden and Putin trade in their phone chat?", {
      index,
    }).snippets;
    expect(opening?.corroboratedBy).toEqual([]);
  });

  it("refuses questions the articles do not cover", () => {
    for (const q of [
      "What is the capital of France?",
      "What did Zelensky say?",
      "What is the weather in Moscow?",
      "What did Biden say about China?",
      "Who won the World Cup?",
      // A name written in lowercase is still a name the articles never mention.
      "how did zelensky react to the biden putin call",
      // Two letters one slip from the chat stopword "u" are no typo of it.
      "what did the eu say about the biden putin talk",
      // A month is as specific as a year: the articles date nothing in June.
      "did biden and putin meet in person in geneva back in june 2021?",
    ]) {
      const reply = answer(q, { index });
      expect(reply, q).toMatchObject({ answered: false, snippets: [], refusal: "not-in-corpus" });
    }
  });

  it("refuses to name a thing the articles never mention, and names one they do", () => {
    const aide = answer("what's the name of the kremlin aide who told journalists about it?", {
      index,
    });
    expect(aide.answered).toBe(false);
    const secretary = answer("what's the name of the press secretary?", { index });
    expect(secretary.snippets[0]?.text).toMatch(/Jen Psaki/);
  });

  it("refuses what a thing the articles never mention did, and answers what one they do did", () => {
    for (const question of [
      "How did the markets react to the Biden-Putin call?",
      "did congress pass new sanctions on russia after the call",
    ]) {
      expect(answer(question, { index }).answered, question).toBe(false);
    }
    expect(answer("how did the kremlin describe putin's warning?", { index }).answered).toBe(true);
  });

  it("refuses a person named by a title the articles never use, and answers one they do", () => {
    const adviser = "What did the American national security adviser say about the call?";
    expect(answer(adviser, { index }).answered).toBe(false);
    expect(answer("who is the us ambassador to nato", { index }).answered).toBe(false);
    const official = "What did the senior administration official say about the call?";
    expect(answer(official, { index }).answered).toBe(true);
    // A title word that modifies another ("general stance") names no one.
    const stance = "what's the white house's general stance on leader to leader calls";
    expect(answer(stance, { index }).snippets[0]?.text).toContain("head of state engagements");
  });

  it("refuses a titled person of another side than the one the articles name so", () => {
    // The articles hold "Ukraine", a president and a spokeswoman, but no Ukrainian president
    // and no Kremlin spokesman: their spokeswoman is the White House's.
    for (const question of [
      "what did the ukrainian president say about the call",
      "what did the kremlin spokesman say",
      "what did putin's spokesman say",
      "what's the kremlin spokesman's name",
    ]) {
      expect(answer(question, { index }).answered, question).toBe(false);
    }
    // The same person under another name of their side: Washington, the White House, Biden.
    for (const question of [
      "What did the US official say about costs?",
      "what did the white house spokesperson say",
      "what did biden's spokeswoman say",
      "when do russian officials meet nato",
    ]) {
      expect(answer(question, { index }).answered, question).toBe(true);
    }
  });

  it("refuses a titled person of another side in a user's own articles too", () => {
    const own = ownIndex({
      paragraphs: [
        "The French minister Anne Roy met farmers in Lyon on Monday.",
        "On Tuesday, Spanish growers said the tariffs would hurt them.",
      ],
    });
    expect(answer("what did the spanish minister tell farmers", { index: own }).answered).toBe(
      false,
    );
    expect(answer("what did the french minister tell farmers", { index: own }).answered).toBe(true);
  });

  it("reads a pair named after 'between' as what 'the two nations' says", () => {
    const question = "are things between the us and russia cooling off or heating up";
    expect(answer(question, { index }).snippets[0]?.text).toContain("between the two nations");
  });

  it("reads 'between who and who' as asking for that pair, not for a person", () => {
    const question = "bigger backdrop here, tension between who and who?";
    expect(answer(question, { index }).snippets[0]?.text).toContain("between the two nations");
  });

  it("lets each option of a choice use a word the other used", () => {
    // "stance" (a synonym of "positions") and "the usual lines" (read "the usual positions")
    // stand in different options: the sentence's "positions" answers the second.
    const reply = answer("did either leader change their stance, or just repeat the usual lines?", {
      index,
    });
    expect(reply.snippets[0]?.text).toMatch(/framed their positions/);
  });

  it("reads 'as they've done (before)' as repeating what was said", () => {
    const usual = answer("did the leaders repeat what they had said in earlier calls?", { index });
    expect(usual.snippets[0]?.text).toMatch(/framed their positions/);
  });

  it("reads 'X's title' as asking what X is, not for a word 'title'", () => {
    expect(answer("biden's title", { index }).snippets[0]?.text).toMatch(/President Joe Biden/);
    expect(answer("what is psaki's job?", { index }).snippets[0]?.text).toMatch(/press secretary/);
  });

  it("answers a choice whose other option the articles lack, unless they lack both", () => {
    // The articles give 50 minutes; "15" is the wrong option, not a topic they lack.
    const duration = answer("was the convo closer to 15 mins or closer to an hour", { index });
    expect(duration.snippets[0]?.text).toMatch(/50[ -]minute/);
    expect(answer("did they cut russia off swift or kill nord stream 2?", { index }).answered).toBe(
      false,
    );
  });

  it("refuses a clock time the articles do not give: only the call's day is known", () => {
    expect(answer("Give me the time of day the call started.", { index }).answered).toBe(false);
  });

  it("refuses a weekday the articles do not give, and gives the one they do", () => {
    expect(answer("what day of the week is jan 10", { index }).answered).toBe(false);
    const call = answer("what day of the week did they talk", { index });
    expect(call.snippets[0]?.text).toMatch(/^On Thursday/);
  });

  it("reads an acronym written in lowercase as the acronym", () => {
    const osce = answer("what does osce stand for", { index });
    expect(osce.snippets[0]?.text).toMatch(/Organization for Security and Cooperation/);
    // "acronym" names what is asked, not a word the answer must hold.
    const named = answer("What is the acronym OSCE short for?", { index });
    expect(named.snippets[0]?.text).toMatch(/Organization for Security and Cooperation/);
    // The articles give that meeting only as to come, so no outcome of it.
    const outcome = answer("did the osce permanent council meeting produce any agreement?", {
      index,
    });
    expect(outcome.answered).toBe(false);
  });

  it("answers a choice between clauses from either clause", () => {
    const mood = answer("so any optimism coming out of the chat or is it all doom n gloom", {
      index,
    });
    expect(mood.snippets[0]?.text).toMatch(/indicated hope/);
  });

  it("gives an outcome only from a sentence that states the event, not one beside it", () => {
    // The articles speak of an invasion only as a threat; the sentence naming the call and
    // Ukraine lacks the invasion, which its neighbour holds.
    expect(answer("Did Russia end up invading Ukraine after this call?", { index }).answered).toBe(
      false,
    );
    expect(answer("How did the call turn out?", { index }).answered).toBe(true);
  });

  it("answers a what-if with the sentence stating the case, not one naming the event", () => {
    const reply = answer("what happens if russia actually goes into ukraine?", { index });
    expect(reply.snippets[0]?.text).toContain("if Ukraine is invaded");
  });

  it("refuses a question with nothing to search for", () => {
    expect(answer("what is it?", { index })).toMatchObject({
      answered: false,
      refusal: "no-content-words",
    });
  });

  it("offers only suggestions the corpus itself answers", () => {
    const reply = answer("What did Biden say about China?", { index });
    for (const suggestion of reply.suggestions ?? []) {
      expect(answer(suggestion, { index }).answered, suggestion).toBe(true);
    }
  });

  it("gives the same refusal and suggestions when its suggestion checks are cached", () => {
    const question = "What did Biden threaten China with?";
    const first = answer(question, { index });
    expect(first.answered).toBe(false);
    expect(first.suggestions?.length).toBeGreaterThan(0);
    expect(answer(question, { index })).toEqual(first);
  });

  it("rejects empty and overlong questions with a message that says what to do", () => {
    expect(() => answer("   ", { index })).toThrow(QuestionError);
    expect(() => answer("x".repeat(301), { index })).toThrow(/keep it under 301/);
  });

  it("answers from any corpus, not just the shipped one", () => {
    const own = buildPassageIndex(
      articlesFromFiles([
        {
          file: "a.md",
          text: "---\nid: harvest\ntitle: Harvest report\noutlet: Farm News\n---\nThe wheat harvest fell by a third after the drought.\n\nPrices rose in March.",
        },
      ]),
    );
    const reply = answer("How did the drought affect the wheat harvest?", { index: own });
    expect(reply.answered).toBe(true);
    expect(reply.snippets[0]).toMatchObject({ outlet: "Farm News", paragraph: 1 });
  });

  it("reads a one-sentence paragraph with the sentence before it, across the paragraph break", () => {
    // News paragraphs are often one sentence; "his counterpart" names Putin only in the one before.
    const own = ownIndex({
      paragraphs: [
        "Biden spoke with Vladimir Putin on Thursday.",
        "He urged his counterpart to pull troops back.",
        "The weather in Washington was mild.",
      ],
    });
    const { snippets } = answer("What did Biden urge Putin to do?", { index: own });
    expect(snippets.map((s) => [s.paragraph, s.text])).toContainEqual([
      2,
      "He urged his counterpart to pull troops back.",
    ]);
  });

  it("quotes the sentence that lists what the one before announced", () => {
    const own = ownIndex({
      paragraphs: [
        `The minister set out two options for the harbour, each with its own price and timetable. One is a new pier, ${"built over three years ".repeat(8)}and the other is dredging.`,
      ],
    });
    const [first] = answer("What two options did the minister set out?", { index: own }).snippets;
    expect(first?.text).toMatch(/^The minister set out two options.*One is a new pier/);
    expect(first?.text.length).toBeLessThanOrEqual(MAX_SNIPPET_LENGTH);
  });

  it("keeps the announcing sentence whole when the list must be cut short", () => {
    const own = ownIndex({
      paragraphs: [
        `The minister set out two options for the harbour, each with its own price and timetable. One is a new pier, ${"built over three years ".repeat(10)}and the other is dredging the channel.`,
      ],
    });
    const [first] = answer("what's this about two harbour options, pier and dredging?", {
      index: own,
    }).snippets;
    expect(first?.text).toMatch(/^The minister set out two options.*One is a new pier.*…$/);
  });

  it("reads a sentence naming its article's outlet or author as speaking of them", () => {
    const own = ownIndex({
      outlet: "Harbour Times",
      frontMatter: ["author: Ann Lee"],
      paragraphs: [
        "The pier reopened, the Harbour Times reports.",
        "Ann Lee saw boats moor there.",
      ],
    });
    const [outletTerm] = analyze("outlet");
    const [authorTerm] = analyze("author");
    expect(own.passageTerms.hasTerm(0, outletTerm ?? "")).toBe(true);
    expect(own.passageTerms.hasTerm(0, authorTerm ?? "")).toBe(false);
    expect(own.passageTerms.hasTerm(1, authorTerm ?? "")).toBe(true);
    const [first] = answer("Which news agency reported it?", { index: own }).snippets;
    expect(first?.text).toBe("The pier reopened, the Harbour Times reports.");
  });

  it("is deterministic", () => {
    const q = "Why are there fears of another invasion?";
    expect(answer(q, { index })).toEqual(answer(q, { index }));
  });
});

describe("cutAround", () => {
  it("cuts at word boundaries with ellipses and keeps the first match in view", () => {
    const text = `${"word ".repeat(100)}TARGET ${"tail ".repeat(100)}`.trim();
    const start = text.indexOf("TARGET");
    const cut = cutAround(text, [{ start, end: start + 6 }], 120);
    expect(cut.text.length).toBeLessThanOrEqual(120);
    expect(cut.text.startsWith("…") && cut.text.endsWith("…")).toBe(true);
    const [h] = cut.highlights;
    expect(h && cut.text.slice(h.start, h.end)).toBe("TARGET");
  });

  const highlightsOf = (text: string, words: string[]) =>
    words.map((word) => {
      const start = text.indexOf(word);
      return { start, end: start + word.length };
    });

  it("keeps the most matched words in view, and of equal windows the one nearest the end", () => {
    const text = `While the call took place, ${"word ".repeat(20)}they set the tone for upcoming security talks.`;
    const cut = cutAround(text, highlightsOf(text, ["call", "upcoming", "security", "talks"]), 120);
    expect(cut.text.length).toBeLessThanOrEqual(120);
    expect(cut.text.endsWith("upcoming security talks.")).toBe(true);
    expect(cut.highlights.map((h) => cut.text.slice(h.start, h.end))).toEqual([
      "upcoming",
      "security",
      "talks",
    ]);
  });

  it("starts on a matched word that opens on a quote mark, not on the word after it", () => {
    const text = `${"word ".repeat(30)}Biden "laid out two paths" ${"tail ".repeat(3)}`.trim();
    const cut = cutAround(text, highlightsOf(text, ["laid", "paths"]), 60);
    expect(cut.text).toContain("laid out two paths");
  });

  it("prefers, of windows with as many different words, the one repeating them more", () => {
    const text =
      `Biden laid out two paths, two aspects of the approach. ${"tail ".repeat(20)}`.trim();
    const twos = [...text.matchAll(/two/g)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + 3,
    }));
    const approach = highlightsOf(text, ["approach"]);
    const cut = cutAround(
      text,
      [...twos, ...approach].sort((a, b) => a.start - b.start),
      90,
    );
    expect(cut.text).toContain("two paths, two aspects");
  });
});
