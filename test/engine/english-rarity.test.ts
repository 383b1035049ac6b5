import { describe, expect, it } from "vitest";
import { stemWord } from "../../src/text/analyze.js";
import { englishRarity, rankAllCommonStems } from "../../src/text/english-rarity.js";
import { englishWordsByFrequency } from "../../src/text/english-words.js";

describe("englishRarity", () => {
  it("ranks common words low and words the list lacks as fully rare", () => {
    expect(englishRarity(stemWord("side"))).toBeCloseTo(0.3, 2);
    expect(englishRarity(stemWord("the"))).toBe(0.1);
    expect(englishRarity("zelenski")).toBe(1);
    // An irregular form counts for the base it is indexed under: "told" for "tell".
    expect(englishRarity(stemWord("told"))).toBe(englishRarity(stemWord("tell")));
  });

  it("finds, for every stem of the commonest words, the rank that stemming them all finds", () => {
    const best = new Map<string, number>();
    for (const [rank, word] of englishWordsByFrequency().slice(0, 20_000).entries()) {
      const stem = stemWord(word);
      if (!best.has(stem)) best.set(stem, rank);
    }
    const rarity = (rank: number) =>
      Math.min(1, Math.max(0.1, (Math.log10(rank + 1) - 2) / (Math.log10(20_000) - 2)));
    const wrong = [...best].filter(([stem, rank]) => englishRarity(stem) !== rarity(rank));
    expect(wrong).toEqual([]);
  });

  it("ranks every common stem up front for a server, with the same results", () => {
    const before = ["side", "told", "warn", "sanctions"].map((w) => englishRarity(stemWord(w)));
    rankAllCommonStems();
    expect(["side", "told", "warn", "sanctions"].map((w) => englishRarity(stemWord(w)))).toEqual(
      before,
    );
    expect(englishRarity("zelenski")).toBe(1);
  });
});
