import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/passages/sentences.js";

describe("splitSentences", () => {
  it("keeps 'U.S.' before a name inside the sentence (Intl.Segmenter splits there)", () => {
    expect(splitSentences("U.S. President Joe Biden spoke. He left.")).toEqual([
      "U.S. President Joe Biden spoke.",
      "He left.",
    ]);
  });

  it("keeps month abbreviations and dotted place names", () => {
    expect(
      splitSentences("They meet on Jan. 10 in Geneva. Officials in Washington D.C. said so. Fine."),
    ).toEqual([
      "They meet on Jan. 10 in Geneva.",
      "Officials in Washington D.C. said so.",
      "Fine.",
    ]);
  });

  it("ends a sentence at a quote that closes it", () => {
    expect(splitSentences('He said, “No way.” She left. It said "stop." Then nothing.')).toEqual([
      "He said, “No way.”",
      "She left.",
      'It said "stop."',
      "Then nothing.",
    ]);
  });

  it("still ends a sentence at a dotted acronym followed by a sentence opener", () => {
    expect(splitSentences("The talks moved to the U.S. Then they stalled.")).toEqual([
      "The talks moved to the U.S.",
      "Then they stalled.",
    ]);
  });

  it("keeps titles and initials with the name they belong to", () => {
    expect(splitSentences("Mr. Smith met John F. Kennedy. Dr. Who left.")).toEqual([
      "Mr. Smith met John F. Kennedy.",
      "Dr. Who left.",
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("   ")).toEqual([]);
  });
});
