import { describe, expect, it } from "vitest";
import { toAutocompleteChoices } from "../../../src/render/discord/autocomplete-choices.js";

describe("toAutocompleteChoices", () => {
  it("drops empties and duplicates, trimming whitespace", () => {
    expect(
      toAutocompleteChoices(["  What did Putin threaten? ", "", "   ", "What did Putin threaten?"]),
    ).toEqual([{ name: "What did Putin threaten?", value: "What did Putin threaten?" }]);
  });

  it("keeps at most 25", () => {
    const choices = toAutocompleteChoices(Array.from({ length: 40 }, (_, i) => `Question ${i}?`));
    expect(choices).toHaveLength(25);
    expect(choices[24]?.value).toBe("Question 24?");
  });

  it("cuts a long value at a word boundary, without an ellipsis", () => {
    const long = `What did ${"Vladimir Putin ".repeat(10)}say?`;
    const [choice] = toAutocompleteChoices([long]);
    expect(choice?.value.length).toBeLessThanOrEqual(100);
    expect(choice?.name.length).toBeLessThanOrEqual(100);
    expect(long.startsWith(choice?.value ?? "x")).toBe(true);
    expect(choice?.value).toMatch(/(Vladimir|Putin)$/);
    expect(choice?.name.endsWith("…")).toBe(true);
  });

  it("keeps every name and value within 100 characters, even without spaces", () => {
    for (const choice of toAutocompleteChoices(["x".repeat(500), "😀".repeat(200)])) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
      expect(/[\ud800-\udbff]$/.test(choice.value)).toBe(false);
    }
  });

  it("replaces lone surrogates in the user's own text, which Discord would reject", () => {
    // Found by test/hostile: the typed text "\ud800" came back as an ill-formed choice.
    expect(toAutocompleteChoices(["\ud800", "why \udc00 😀"])).toEqual([
      { name: "\ufffd", value: "\ufffd" },
      { name: "why \ufffd 😀", value: "why \ufffd 😀" },
    ]);
  });

  it("drops a long value that cuts to a duplicate", () => {
    const base = "a ".repeat(49);
    expect(toAutocompleteChoices([`${base}b c d`, `${base}b e f`])).toHaveLength(1);
  });
});
