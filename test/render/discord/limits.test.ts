import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS, hasUnclosedBold, truncate } from "../../../src/render/discord/limits.js";

describe("truncate", () => {
  it("returns text that fits unchanged", () => {
    expect(truncate("short", 5)).toBe("short");
  });

  it("cuts at a word boundary and ends with an ellipsis", () => {
    expect(truncate("Putin warned of a complete rupture", 20)).toBe("Putin warned of a…");
  });

  it("cuts mid-word when no boundary is near", () => {
    const cut = truncate("x".repeat(200), 50);
    expect(cut).toBe(`${"x".repeat(49)}…`);
  });

  it("never exceeds max, for every max", () => {
    const text = "**Putin** warned \\*of\\* a 😀 complete **rupture** in ties with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.";
    for (let max = 0; max <= text.length + 2; max++) {
      expect(truncate(text, max).length).toBeLessThanOrEqual(max);
    }
  });

  it("never splits a surrogate pair", () => {
    const text = "😀".repeat(100);
    for (let max = 1; max < 60; max++) {
      const cut = truncate(text, max);
      expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut)).toBe(false);
    }
  });

  it("never leaves a bold run unclosed", () => {
    const text = `Before **${"bold words ".repeat(20)}** after`;
    for (let max = 5; max < text.length; max++) {
      const cut = truncate(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(hasUnclosedBold(cut), cut).toBe(false);
    }
  });

  it("does not end on an escaping backslash", () => {
    const cut = truncate(`${"a".repeat(8)}\\*${"b".repeat(20)}`, 10);
    expect(cut).toBe(`${"a".repeat(8)}…`);
  });

  it("ignores escaped asterisks when balancing bold", () => {
    expect(hasUnclosedBold("\\*\\* not bold")).toBe(false);
    expect(hasUnclosedBold("**open")).toBe(true);
  });
});

describe("DISCORD_LIMITS", () => {
  it("holds Discord's documented values", () => {
    expect(DISCORD_LIMITS).toMatchObject({
      messageContent: 2000,
      embedTitle: 256,
      embedDescription: 4096,
      fieldName: 256,
      fieldValue: 1024,
      footerText: 2048,
      fieldsPerEmbed: 25,
      embedsTotalCharacters: 6000,
      customId: 100,
      buttonLabel: 80,
      autocompleteChoices: 25,
      autocompleteChoiceLength: 100,
      buttonsPerRow: 5,
      actionRows: 5,
    });
  });
});
