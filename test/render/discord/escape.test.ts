import { describe, expect, it } from "vitest";
import {
  escapeDiscordText,
  toWellFormed,
  unescapeDiscordText,
} from "../../../src/render/discord/escape.js";
import { HOSTILE_QUESTION } from "./factories.js";

const ZWSP = "\u200b";

describe("escapeDiscordText", () => {
  it.each([
    ["@everyone", `@${ZWSP}everyone`],
    ["@here", `@${ZWSP}here`],
    ["<@123>", `<${ZWSP}@${ZWSP}123>`],
    ["<@!123>", `<${ZWSP}@${ZWSP}!123>`],
    ["<@&123>", `<${ZWSP}@${ZWSP}&123>`],
    ["<#123>", `<${ZWSP}#123>`],
    ["</cmd:123>", `<${ZWSP}/cmd:123>`],
  ])("neutralises the mention %s", (input, expected) => {
    expect(escapeDiscordText(input)).toBe(expected);
  });

  it.each([
    ["**bold**", "\\*\\*bold\\*\\*"],
    ["*italic* _italic_", "\\*italic\\* \\_italic\\_"],
    ["__underline__", "\\_\\_underline\\_\\_"],
    ["~~strike~~", "\\~\\~strike\\~\\~"],
    ["||spoiler||", "\\|\\|spoiler\\|\\|"],
    ["`code`", "\\`code\\`"],
    ["```js\nfence\n```", "\\`\\`\\`js\nfence\n\\`\\`\\`"],
    ["[x](https://evil)", "\\[x\\](https://evil)"],
    ["back\\slash", "back\\\\slash"],
  ])("escapes the markdown in %j", (input, expected) => {
    expect(escapeDiscordText(input)).toBe(expected);
  });

  it.each([
    ["# heading", "\\# heading"],
    ["### heading", "\\### heading"],
    ["-# subtext", "\\-# subtext"],
    ["> quote", "\\> quote"],
    [">>> quote", "\\>>> quote"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["  - indented", "  \\- indented"],
    ["12. numbered", "12\\. numbered"],
    ["first\n# second", "first\n\\# second"],
  ])("escapes the line-start markdown in %j", (input, expected) => {
    expect(escapeDiscordText(input)).toBe(expected);
  });

  it("leaves those characters alone mid-line", () => {
    expect(escapeDiscordText("a - b > c # d 3.5")).toBe("a - b > c # d 3.5");
  });

  it("replaces lone surrogates and keeps pairs", () => {
    expect(escapeDiscordText("a\ud800b\udc00c😀")).toBe("a\ufffdb\ufffdc😀");
    expect(escapeDiscordText("\ud83d")).toBe("\ufffd");
  });

  it("keeps zero-width and bidi characters without letting them form a mention", () => {
    const text = "@\u200beveryone \u202e<@123>\u202c \u2066@here\u2069";
    const escaped = escapeDiscordText(text);
    expect(escaped).not.toMatch(/@everyone|@here|<@\d/);
    expect(unescapeDiscordText(escaped)).toBe(text);
  });

  it("escapes 6,000 hostile characters in linear time", () => {
    const text = "<@&1>*_`|~[](@everyone\n# ".repeat(250).slice(0, 6000);
    const started = performance.now();
    for (let i = 0; i < 20; i++) escapeDiscordText(text);
    expect(performance.now() - started).toBeLessThan(500);
    expect(escapeDiscordText(text)).not.toMatch(/<@|@everyone/);
  });

  it("is exactly inverted by unescapeDiscordText", () => {
    const samples = [
      HOSTILE_QUESTION,
      "plain text",
      "\\\\ double \\* backslash",
      "@\u200b already spaced <\u200b@1>",
      "1. two\n  - three\n> four",
      "",
    ];
    for (const text of samples) expect(unescapeDiscordText(escapeDiscordText(text))).toBe(text);
  });

  it("neutralises every mention in the hostile question", () => {
    const escaped = escapeDiscordText(HOSTILE_QUESTION);
    expect(escaped).not.toMatch(/@everyone|@here|<@|<#|<\//);
    expect(escaped).not.toMatch(/(?<!\\)\*\*/);
    expect(escaped).not.toContain("[x](");
  });
});

describe("toWellFormed", () => {
  it("replaces each lone surrogate with U+FFFD and keeps pairs and the length", () => {
    const text = "a\ud800b😀\udc00\ud83d";
    expect(toWellFormed(text)).toBe("a\ufffdb😀\ufffd\ufffd");
    expect(toWellFormed(text)).toHaveLength(text.length);
    const clean = "no surrogates here, 👍🏿 only pairs";
    expect(toWellFormed(clean)).toBe(clean);
  });
});
