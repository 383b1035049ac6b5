import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { findCandidates, termScore } from "../../src/search/candidates.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";
import { rankPassages } from "../../src/search/rank-passages.js";
import { ownIndex } from "./own-corpus.js";

const paragraphsIndex = (...paragraphs: string[]) => ownIndex({ paragraphs });

/** A passage's coverage of a question, 0 when it does not rank. */
const coverageIn = (index: PassageIndex, question: string, passageId: number) =>
  rankPassages(index, planQuery(question, index)).find((r) => r.passageId === passageId)
    ?.coverage ?? 0;

describe("rankPassages", () => {
  it("counts a concept found by several of its synonyms once, plus half of the rest", () => {
    const index = paragraphsIndex("The phone call was a long talk.", "Farm prices rose in spring.");
    const plan = planQuery("What was the call like?", index);
    const [call] = plan.concepts;
    const [ranked] = rankPassages(index, plan);
    const [hit] = findCandidates(index, call?.terms ?? []);
    expect(ranked?.passageId).toBe(0);
    expect(hit?.queryTerms.sort()).toEqual(["call", "phone", "talk"]);
    const scores = (call?.terms ?? [])
      .filter((term) => hit?.exact.has(term.term))
      .map((term) => termScore(index, 0, term));
    const best = Math.max(...scores);
    const rest = scores.reduce((sum, score) => sum + score, 0) - best;
    const bm25 = (ranked?.score ?? 0) / (0.2 + (ranked?.coverage ?? 0)) ** 2;
    expect(bm25).toBeCloseTo((hit?.score ?? 0) - rest / 2, 9);
  });

  it("counts a phrase's words only together, and a hyphenated word's parts each", () => {
    const index = paragraphsIndex(
      "The official stated that talks will go on.",
      "Farm prices rose in spring.",
      "Talks between heads of state are the norm, the official said.",
    );
    const coverageOf = (question: string, passageId: number) =>
      coverageIn(index, question, passageId);
    // "stated" stems to "state": no "head of state" for all that.
    expect(coverageOf("what did the head of state say?", 0)).toBe(0);
    expect(coverageOf("what did the head of state say?", 2)).toBeGreaterThan(0);
    expect(coverageOf("anything said talks-wise?", 0)).toBeGreaterThan(0);
  });

  it("lets one word of a sentence answer one idea of the question, not two", () => {
    // "view" is a synonym of both "frame" and "positions"; it covers one of them.
    const index = paragraphsIndex(
      "They each framed their positions.",
      "Officials gave their view.",
    );
    const coverage = (id: number) =>
      coverageIn(index, "How did each side frame its positions?", id);
    expect(coverage(1)).toBeLessThan(0.7);
    expect(coverage(0)).toBeGreaterThan(coverage(1));
  });

  it("passes a word spent on one idea over for the next idea's other words", () => {
    // "phone" answers "phone"; "spoken" then earns by "contact", not by "phone" again.
    const index = paragraphsIndex(
      "This was their second phone contact in a month.",
      "Phone lines were busy this month.",
    );
    const coverage = (id: number) => coverageIn(index, "had they spoken by phone this month?", id);
    expect(coverage(0)).toBeGreaterThan(0.95);
    expect(coverage(1)).toBeLessThan(coverage(0));
  });

  it("ranks a sentence naming both alternatives no higher for it than one naming either", () => {
    const index = paragraphsIndex(
      "Alice and Bob spoke at the fair.",
      "The fair was held at Alice's request.",
      "Bob sold apples.",
    );
    const [first] = rankPassages(
      index,
      planQuery("Was it Alice or Bob who wanted the fair?", index),
    );
    expect(first?.passageId).toBe(1);
    // Asked about both, the sentence naming both ranks first.
    const [both] = rankPassages(index, planQuery("Did Alice and Bob want the fair?", index));
    expect(both?.passageId).toBe(0);
  });

  it("reads a sentence that points back ('And those costs…') with the one before it", () => {
    const coverageOfSecond = (second: string) => {
      const index = ownIndex({
        paragraphs: [`The mayor warned the council of costs if the bridge closes. ${second}`],
      });
      const ranked = rankPassages(
        index,
        planQuery("What would the bridge cost the council?", index),
      );
      return ranked.find((r) => r.passageId === 1)?.coverage;
    };
    expect(coverageOfSecond("And those costs include lost trade and repairs.")).toBe(1);
    // A sentence that does not point back only borrows from its neighbours, in part.
    expect(coverageOfSecond("Lost trade and repairs are costs.")).toBeLessThan(1);
  });

  it("reads an idiom for a weak word as weak: 'take place' asks no more than 'happen'", () => {
    const index = paragraphsIndex(
      "The summit took place in a large hall near the river.",
      "The summit opened on Friday.",
    );
    const plan = planQuery("When did the summit take place?", index);
    expect(plan.concepts.map((c) => [c.surface, c.weak])).toEqual([
      ["summit", false],
      ["take place", true],
    ]);
    expect(answer("When did the summit take place?", { index }).snippets[0]?.text).toBe(
      "The summit opened on Friday.",
    );
  });

  it("does not count the asker's remark against a sentence, in words no sentence holds", () => {
    const index = paragraphsIndex(
      "The summit opened on Friday in the old harbour hall.",
      "Farm prices rose in spring.",
    );
    const plain = coverageIn(index, "When did the summit open?", 0);
    const remark = "When did the summit open? my roommate swears it was yesterday lol";
    expect(coverageIn(index, remark, 0)).toBeCloseTo(plain);
    // What the sentence holds of the remark still counts.
    const held = "When did the summit open? my roommate swears it was in the harbour hall";
    expect(coverageIn(index, held, 0)).toBeGreaterThanOrEqual(plain);
  });
});

describe("what an article is about without saying so", () => {
  const index = (published: string) =>
    ownIndex({
      outlet: "Harbour Gazette",
      frontMatter: [`published: ${published}`],
      paragraphs: ["The board approved the new pier.", "Fishing boats will moor there."],
    });

  it("lends every sentence its article's dates and outlet", () => {
    const question = "Did the board approve the pier in December?";
    const [december] = rankPassages(index("2021-12-31"), planQuery(question, index("2021-12-31")));
    const [june] = rankPassages(index("2021-06-01"), planQuery(question, index("2021-06-01")));
    expect(december?.coverage).toBeGreaterThan(june?.coverage ?? 1);
    // The day of the month too: "December 31" is this article's day, "June 1" the other's.
    const day = "Did the board approve the pier on December 31?";
    expect(answer(day, { index: index("2021-12-31") }).answered).toBe(true);
    expect(answer(day, { index: index("2021-12-30") }).answered).toBe(false);
    expect(
      answer("What did the Gazette report about fishing boats?", { index: index("2021-06-01") })
        .snippets[0]?.text,
    ).toBe("Fishing boats will moor there.");
  });
});
