import { describe, expect, it } from "vitest";
import { PassageTerms } from "../../src/search/passage-terms.js";

describe("PassageTerms", () => {
  const terms = PassageTerms.fromTerms([["putin", "warn", "putin"], [], ["urg", "counterpart"]]);

  it("holds each passage's distinct terms, in order", () => {
    expect(terms.size).toBe(3);
    expect(terms.termsOf(0)).toEqual(["putin", "warn"]);
    expect(terms.termsOf(1)).toEqual([]);
    expect(terms.termsOf(2)).toEqual(["urg", "counterpart"]);
  });

  it("answers whether a passage holds a term, false out of range", () => {
    const putin = terms.idOf("putin") ?? -1;
    expect(terms.has(0, putin)).toBe(true);
    expect(terms.has(2, putin)).toBe(false);
    expect(terms.has(3, putin)).toBe(false);
    expect(terms.idOf("zelensky")).toBeUndefined();
    expect([
      terms.hasTerm(2, "urg"),
      terms.hasTerm(0, "urg"),
      terms.hasTerm(0, "zelensky"),
    ]).toEqual([true, false, false]);
  });

  it("counts the passages holding each term", () => {
    const twice = PassageTerms.fromTerms([["a", "b"], ["a"]]);
    expect(twice.documentFrequencies()).toEqual(
      new Map([
        ["a", 2],
        ["b", 1],
      ]),
    );
  });

  it("survives its binary form and refuses an inconsistent copy", () => {
    const { dictionary, offsets, ids } = terms.toBinary();
    const copy = PassageTerms.fromBinary([...dictionary], offsets.slice(), ids.slice());
    expect([0, 1, 2].map((p) => copy.termsOf(p))).toEqual([0, 1, 2].map((p) => terms.termsOf(p)));
    expect(copy.has(2, copy.idOf("urg") ?? -1)).toBe(true);
    expect(() =>
      PassageTerms.fromBinary([...dictionary], offsets.slice(), Uint32Array.from([...ids, 99])),
    ).toThrow();
    expect(() =>
      PassageTerms.fromBinary([...dictionary], Uint32Array.from([0, 5, 2, 4]), ids.slice()),
    ).toThrow();
  });
});
