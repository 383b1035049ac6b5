import { ButtonStyle, ComponentType } from "discord.js";
import { describe, expect, it } from "vitest";
import {
  type DiscordButtonRow,
  type DiscordMessagePayload,
  fitPayload,
} from "../../../src/render/discord/payload.js";
import { expectWithinDiscordLimits } from "./limits-assertions.js";

function payload(overrides: Partial<DiscordMessagePayload> = {}): DiscordMessagePayload {
  return { embeds: [], components: [], allowedMentions: { parse: [] }, ...overrides };
}

function row(ids: string[], label = "x"): DiscordButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: ids.map((custom_id) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id,
      label,
    })),
  };
}

describe("fitPayload", () => {
  it("truncates content to 2000 characters", () => {
    const fitted = fitPayload(payload({ content: "word ".repeat(1000) }));
    expect(fitted.content?.length).toBeLessThanOrEqual(2000);
    expect(fitted.content?.endsWith("…")).toBe(true);
    expectWithinDiscordLimits(fitted);
  });

  it("truncates every embed part and keeps 25 fields", () => {
    const fitted = fitPayload(
      payload({
        embeds: [
          {
            title: "t".repeat(300),
            description: "d".repeat(5000),
            author: { name: "a".repeat(300) },
            footer: { text: "f".repeat(3000) },
            fields: Array.from({ length: 30 }, () => ({
              name: "n".repeat(300),
              value: "v".repeat(2000),
            })),
          },
        ],
      }),
    );
    const embed = fitted.embeds[0];
    expect(embed?.title?.length).toBe(256);
    expect(embed?.fields?.length).toBeLessThanOrEqual(25);
    expectWithinDiscordLimits(fitted);
  });

  it("shrinks embeds to 6000 characters in all, fields first, footer kept", () => {
    const footer = { text: "Question: keep me whole" };
    const embeds = Array.from({ length: 3 }, () => ({
      title: "Title",
      description: "d".repeat(3000),
      footer,
      fields: [{ name: "Sources", value: "s".repeat(1000) }],
    }));
    const fitted = fitPayload(payload({ embeds }));
    expectWithinDiscordLimits(fitted);
    for (const embed of fitted.embeds) expect(embed.footer).toEqual(footer);
    expect(fitted.embeds[0]?.description?.length).toBe(3000);
  });

  it("replaces empty field names and values, which Discord rejects", () => {
    const fitted = fitPayload(payload({ embeds: [{ fields: [{ name: "", value: "" }] }] }));
    expectWithinDiscordLimits(fitted);
  });

  it("does not modify its input", () => {
    const input = payload({
      content: "x".repeat(3000),
      embeds: [{ description: "d".repeat(5000) }],
    });
    const copy = structuredClone(input);
    fitPayload(input);
    expect(input).toEqual(copy);
  });

  it("truncates button labels to 80 characters", () => {
    const fitted = fitPayload(payload({ components: [row(["a"], "l".repeat(200))] }));
    const button = fitted.components[0]?.components[0];
    expect(button && "label" in button ? button.label?.length : 0).toBe(80);
  });

  it("throws on a custom id over 100 characters: a programming error", () => {
    expect(() => fitPayload(payload({ components: [row(["x".repeat(101)])] }))).toThrow(
      /custom id/,
    );
  });

  it("throws on a custom id used twice, which Discord rejects", () => {
    expect(() => fitPayload(payload({ components: [row(["a"]), row(["a"])] }))).toThrow(/twice/);
  });

  it("throws on more than 5 rows or 5 buttons in a row", () => {
    const rows = Array.from({ length: 6 }, (_, i) => row([`r${i}`]));
    expect(() => fitPayload(payload({ components: rows }))).toThrow(/rows/);
    expect(() =>
      fitPayload(payload({ components: [row(["1", "2", "3", "4", "5", "6"])] })),
    ).toThrow(/row/);
  });

  it("never passes mention parsing through", () => {
    const fitted = fitPayload(payload({ allowedMentions: { parse: [], users: ["1"] } }));
    expect(fitted.allowedMentions).toEqual({ parse: [], users: ["1"] });
  });

  it("replaces lone surrogates, which Discord refuses, in text sent unescaped", () => {
    // Found by test/hostile: the question "\ud800" went into the footer as typed.
    const fitted = fitPayload(
      payload({
        content: "a\ud800",
        embeds: [
          {
            title: "\udc00",
            description: "[t](https://x.example/\ud83d)",
            footer: { text: "Question: \ud800" },
            fields: [{ name: "\ud800", value: "😀 \ude00" }],
          },
        ],
        components: [row(["a"], "What about \ud800?")],
      }),
    );
    expectWithinDiscordLimits(fitted);
    const [embed] = fitted.embeds;
    expect(fitted.content).toBe("a\ufffd");
    expect(embed?.title).toBe("\ufffd");
    expect(embed?.description).toBe("[t](https://x.example/\ufffd)");
    expect(embed?.footer?.text).toBe("Question: \ufffd");
    expect(embed?.fields).toEqual([{ name: "\ufffd", value: "😀 \ufffd" }]);
    expect(fitted.components[0]?.components[0]).toMatchObject({ label: "What about \ufffd?" });
  });
});
