import { describe, expect, it } from "vitest";
import { isWithinEdits, oneSlipVariants, swapsOf } from "../../src/text/edit-distance.js";
import { looksLikeName } from "../../src/text/unknown-names.js";

describe("looksLikeName", () => {
  it("reads a lowercase word English lacks as a name", () => {
    for (const word of ["zelensky", "peskov", "stoltenberg", "navalny"]) {
      expect(looksLikeName(word), word).toBe(true);
    }
  });

  it("does not read a slip, a run-together or a listed word as a name", () => {
    // One edit from "negotiations", "crimea"; two from "invasion"; two common words; a
    // contraction and a plural; listed words; chat shorthand.
    for (const word of [
      "negotations",
      "crimia",
      "invashun",
      "eachother",
      "sitdown",
      "wouldve",
      "sitdowns",
      "congress",
      "convo",
    ]) {
      expect(looksLikeName(word), word).toBe(false);
    }
  });

  it("leaves capitalized words and words with digits to the tagger", () => {
    expect(looksLikeName("Zelensky")).toBe(false);
    expect(looksLikeName("b4")).toBe(false);
  });
});

describe("isWithinEdits", () => {
  it("counts inserts, deletes and substitutions up to the bound", () => {
    expect(isWithinEdits("invashun", "invasion", 2)).toBe(true);
    expect(isWithinEdits("becuz", "because", 2)).toBe(false);
    expect(isWithinEdits("zelensky", "zelensky", 0)).toBe(true);
    expect(isWithinEdits("abc", "abcde", 1)).toBe(false);
    expect(isWithinEdits("abc", "xabc", 1)).toBe(true);
  });
});

describe("one-slip variants", () => {
  it("swap two different neighbouring letters", () => {
    expect(swapsOf("phnoe")).toEqual(["hpnoe", "pnhoe", "phone", "phneo"]);
    expect(swapsOf("all")).toEqual(["lal"]);
  });

  it("drop, swap, add or change one letter", () => {
    const variants = new Set(oneSlipVariants("cat"));
    for (const slip of ["at", "act", "cart", "cut", "scat"])
      expect(variants.has(slip), slip).toBe(true);
    expect(variants.has("dog")).toBe(false);
  });
});
