/**
 * How `answer()` reads a question's wording: typos, pairs after "between", choices between
 * options or clauses, "X's title", acronyms in lowercase, what-ifs, and words that name an
 * article's outlet or author.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { analyze } from "../../src/text/analyze.js";
import { ownIndex } from "./own-corpus.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

describe("answer()", () => {
  it("reads two swapped letters as the word the corpus holds", () => {
    // Fuzzy search counts a swap as two slips, and allows one in a five-letter word.
    const reply = answer("how long were they on the phnoe", { index });
    expect(reply.answered).toBe(true);
    expect(reply.snippets[0]?.text).toMatch(/50-minute|50 minutes/);
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

  it("answers a what-if with the sentence stating the case, not one naming the event", () => {
    const reply = answer("what happens if russia actually goes into ukraine?", { index });
    expect(reply.snippets[0]?.text).toContain("if Ukraine is invaded");
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
});
