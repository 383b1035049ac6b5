import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { holdsPhrase, quotedPhrases } from "../../src/search/quoted-phrases.js";
import { foldText } from "../../src/text/fold.js";
import { ownIndex } from "./own-corpus.js";

describe("quotedPhrases", () => {
  it("finds phrases in double or single quotes, not apostrophes", () => {
    expect(quotedPhrases(foldText("What does “Nothing about you, without you” mean?"))).toEqual([
      "nothing about you without you",
    ]);
    expect(quotedPhrases("Who said 'complete rupture' first?")).toEqual(["complete rupture"]);
    expect(quotedPhrases("What is Russia's stance on the US's 'offer'?")).toEqual([]);
    expect(quotedPhrases('Who said "rupture"?')).toEqual([]);
  });

  it("matches a phrase word for word, case and punctuation aside", () => {
    expect(
      holdsPhrase(
        "based on the concept of “nothing about you without you.”",
        "nothing about you without you",
      ),
    ).toBe(true);
    expect(holdsPhrase("nothing about you, or without you", "nothing about you without you")).toBe(
      false,
    );
    expect(holdsPhrase("a complete ruptured tie", "complete rupture")).toBe(false);
  });
});

describe("a question that quotes", () => {
  it("ranks first the sentence that holds the quote word for word", () => {
    const index = ownIndex({
      paragraphs: [
        "The minister's speech promised that we will not back down.",
        "Another speech said the council would back down over the budget.",
      ],
    });
    const [first] = answer('Which speech said "we will not back down"?', { index }).snippets;
    expect(first?.text).toBe("The minister's speech promised that we will not back down.");
  });
});

describe("a quote no sentence holds word for word", () => {
  it("is the asker's wording, and costs the answer nothing beyond its words", () => {
    const index = ownIndex({
      paragraphs: ["The minister called new tariffs a colossal mistake.", "The budget passed."],
    });
    const quoted = answer("did the minister call tariffs a 'huge error'?", { index });
    expect(quoted.answered).toBe(true);
    expect(quoted.snippets[0]?.text).toContain("colossal mistake");
  });
});
