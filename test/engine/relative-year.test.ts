import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { withRelativeYear } from "../../src/search/relative-year.js";
import { ownIndex } from "./own-corpus.js";

const dated = (published: string) => ({
  frontMatter: [`published: ${published}`],
  paragraphs: ["The council will begin its review early next year, officials said."],
});

describe("withRelativeYear", () => {
  it("reads the start of the year after the articles' as 'early next year'", () => {
    const index = ownIndex(dated("2021-12-31"), { paragraphs: ["Undated."] });
    expect(withRelativeYear("what starts in early 2022?", index)).toBe(
      "what starts in early next year?",
    );
    expect(withRelativeYear("what's planned for the start of 2022", index)).toBe(
      "what's planned for early next year",
    );
    // Another year, or the year as a whole, is left as asked.
    expect(withRelativeYear("what happened in early 2014?", index)).toBe(
      "what happened in early 2014?",
    );
    expect(withRelativeYear("what happened in 2022?", index)).toBe("what happened in 2022?");
  });

  it("leaves a corpus written over several years alone", () => {
    const index = ownIndex(dated("2021-12-31"), dated("2022-03-01"));
    expect(withRelativeYear("what starts in early 2022?", index)).toBe(
      "what starts in early 2022?",
    );
  });

  it("answers 'early 2022' from an article of 2021 that says 'early next year'", () => {
    const index = ownIndex(dated("2021-12-31"));
    const reply = answer("when does the council review begin, early 2022?", { index });
    expect(reply.answered).toBe(true);
    expect(answer("what reviews are planned for early 2022?", { index }).answered).toBe(true);
  });
});
