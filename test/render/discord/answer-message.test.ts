import { ButtonStyle, MessageFlags } from "discord.js";
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../../src/config.js";
import { loadEngine } from "../../../src/engine.js";
import {
  ANSWER_PAGE_SIZE,
  renderAnswerMessage,
} from "../../../src/render/discord/answer-message.js";
import { decodeCustomId, questionFromMessage } from "../../../src/render/discord/custom-id.js";
import type { DiscordMessagePayload } from "../../../src/render/discord/payload.js";
import type { PassageIndex } from "../../../src/search/passage-index.js";
import {
  HOSTILE_QUESTION,
  makeAnswer,
  makeCitation,
  makeOversizeAnswer,
  makeRefusal,
  makeSnippet,
} from "./factories.js";
import { expectWithinDiscordLimits } from "./limits-assertions.js";

function buttons(payload: DiscordMessagePayload) {
  return payload.components.flatMap((row) => row.components);
}
function actions(payload: DiscordMessagePayload) {
  return buttons(payload).map((b) => ("custom_id" in b ? decodeCustomId(b.custom_id) : null));
}
function labels(payload: DiscordMessagePayload) {
  return buttons(payload).map((b) => ("label" in b ? b.label : undefined));
}
function embed(payload: DiscordMessagePayload) {
  const first = payload.embeds[0];
  if (!first) throw new Error("no embed");
  return first;
}

describe("renderAnswerMessage: answered", () => {
  it("bolds the matched words and escapes the rest", () => {
    const snippet = makeSnippet({
      text: "Putin warned *of* a rupture <@123>.",
      bold: ["Putin", "rupture"],
    });
    const description = embed(renderAnswerMessage(makeAnswer([snippet]), { page: 0 })).description;
    expect(description).toBe("**Putin** warned \\*of\\* a **rupture** <\u200b@\u200b123>. [1]");
  });

  it("merges touching highlights so bold runs never abut", () => {
    const snippet = makeSnippet({
      text: "abcdef",
      highlights: [
        { start: 0, end: 2 },
        { start: 2, end: 4 },
      ],
    });
    expect(embed(renderAnswerMessage(makeAnswer([snippet]), { page: 0 })).description).toBe(
      "**abcd**ef [1]",
    );
  });

  it("numbers sources by first use and cites every corroborating source", () => {
    const a3 = makeCitation({ articleId: "a", paragraph: 3, passageId: 1 });
    const b1 = makeCitation({
      articleId: "b",
      paragraph: 1,
      passageId: 2,
      outlet: null,
      title: "B title",
      url: "",
    });
    const a5 = makeCitation({ articleId: "a", paragraph: 5, passageId: 3 });
    const snippets = [
      makeSnippet({ ...a3, text: "First fact.", corroboratedBy: [b1] }),
      makeSnippet({ ...a5, text: "Second fact." }),
      makeSnippet({ ...b1, passageId: 9, text: "Third fact.", corroboratedBy: [a3] }),
    ];
    const message = embed(renderAnswerMessage(makeAnswer(snippets), { page: 0 }));
    expect(message.description).toBe(
      "First fact. [1] [2]\n\nSecond fact. [3]\n\nThird fact. [2] [1]",
    );
    const sources = message.fields?.map((f) => f.value).join("\n") ?? "";
    expect(sources.split("\n")).toEqual([
      `[1] [Biden and Putin exchange warnings in a "serious and substantive" call](https://example.com/turan) — TURAN, ¶3`,
      "[2] B title — Unknown outlet, ¶1",
      `[3] [Biden and Putin exchange warnings in a "serious and substantive" call](https://example.com/turan) — TURAN, ¶5`,
    ]);
    expect(message.fields?.[0]?.name).toBe("Sources");
  });

  it("pages three snippets at a time with a More button until the last page", () => {
    const snippets = Array.from({ length: 7 }, (_, i) =>
      makeSnippet({ text: `Fact ${i}.`, articleId: `a${i}`, passageId: i }),
    );
    const first = renderAnswerMessage(makeAnswer(snippets), { page: 0 });
    expect(ANSWER_PAGE_SIZE).toBe(3);
    expect(embed(first).description).toBe("Fact 0. [1]\n\nFact 1. [2]\n\nFact 2. [3]");
    expect(actions(first)).toContainEqual({ kind: "more", page: 1 });
    const last = renderAnswerMessage(makeAnswer(snippets), { page: 2 });
    expect(embed(last).description).toBe("Fact 6. [7]");
    expect(embed(last).footer?.text).toBe("Page 3 of 3 · Question: What did Putin threaten?");
    expect(actions(last).some((a) => a?.kind === "more")).toBe(false);
    expect(embed(renderAnswerMessage(makeAnswer(snippets), { page: 99 })).description).toBe(
      "Fact 6. [7]",
    );
  });

  it("has a context button per snippet on the page and feedback buttons", () => {
    const snippets = Array.from({ length: 4 }, (_, i) =>
      makeSnippet({ articleId: `art-${i}`, paragraph: i + 2, passageId: 10 + i }),
    );
    const message = renderAnswerMessage(makeAnswer(snippets), { page: 0 });
    expect(actions(message)).toEqual([
      { kind: "more", page: 1 },
      { kind: "feedback", vote: "up" },
      { kind: "feedback", vote: "down" },
      { kind: "context", articleId: "art-0", paragraph: 2, passageId: 10 },
      { kind: "context", articleId: "art-1", paragraph: 3, passageId: 11 },
      { kind: "context", articleId: "art-2", paragraph: 4, passageId: 12 },
    ]);
    expect(labels(message)).toEqual([
      "More",
      "Helpful",
      "Not helpful",
      "Context [1]",
      "Context [2]",
      "Context [3]",
    ]);
    expectWithinDiscordLimits(message);
  });

  it("escapes the question in the title and keeps it whole in the footer", () => {
    const message = renderAnswerMessage(makeAnswer([makeSnippet()], HOSTILE_QUESTION), { page: 0 });
    expect(embed(message).title).not.toMatch(/@everyone|<@|(?<!\\)\*\*/);
    expect(questionFromMessage(message)).toBe(HOSTILE_QUESTION);
    expectWithinDiscordLimits(message);
  });

  it("fits the oversize answer on every page, listing the sources that do not fit as more", () => {
    const oversize = makeOversizeAnswer(HOSTILE_QUESTION);
    for (let page = 0; page < 14; page++) {
      const message = renderAnswerMessage(oversize, { page, mentionUserId: "42", ephemeral: true });
      expectWithinDiscordLimits(message);
      const cited = new Set(embed(message).description?.match(/\[\d+\]/g));
      expect(cited.size).toBe(page < 13 ? 33 : 11);
      const lines = (embed(message).fields ?? []).flatMap((f) => f.value.split("\n"));
      const listed = lines.filter((line) => /^\[\d+\] /.test(line)).length;
      const more = Number(/^…and (\d+) more sources$/.exec(lines.at(-1) ?? "")?.[1] ?? 0);
      expect(listed).toBeGreaterThan(0);
      expect(listed + more).toBe(cited.size);
      expect(questionFromMessage(message)).toBe(HOSTILE_QUESTION);
    }
  });
});

describe("renderAnswerMessage: not answered", () => {
  it("says the articles don't cover it and offers suggestions as buttons", () => {
    const suggestions = ["What about “complete rupture”?", `What about ${"long ".repeat(30)}?`];
    const message = renderAnswerMessage(makeRefusal({ suggestions }), { page: 0 });
    expect(embed(message).description).toContain("The articles don't cover that.");
    expect(actions(message)).toEqual([
      { kind: "suggestion", index: 0 },
      { kind: "suggestion", index: 1 },
    ]);
    expect(labels(message)[0]).toBe(suggestions[0]);
    expect(labels(message)[1]?.length).toBeLessThanOrEqual(80);
    expectWithinDiscordLimits(message);
  });

  it("offers at most five suggestions", () => {
    const suggestions = Array.from({ length: 8 }, (_, i) => `Question ${i}?`);
    const message = renderAnswerMessage(makeRefusal({ suggestions }), { page: 0 });
    expect(buttons(message)).toHaveLength(5);
    expect(message.components[0]?.components[0]).toMatchObject({ style: ButtonStyle.Primary });
  });

  it("asks for a more specific question when there was nothing to search", () => {
    const message = renderAnswerMessage(
      makeRefusal({ refusal: "no-content-words", question: "what is it?" }),
      { page: 0 },
    );
    expect(embed(message).description).toMatch(/nothing specific to search for/);
    expect(message.components).toEqual([]);
  });
});

describe("renderAnswerMessage: mentions and visibility", () => {
  it("never allows mention parsing by default", () => {
    const message = renderAnswerMessage(
      makeAnswer([makeSnippet({ text: "@everyone <@&1> <@2>" })]),
      { page: 0 },
    );
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(message.content).toBeUndefined();
    expect(message.flags).toBeUndefined();
  });

  it("pings only the user it is suggested for", () => {
    const message = renderAnswerMessage(makeAnswer([makeSnippet()]), {
      page: 0,
      mentionUserId: "123456789012345678",
    });
    expect(message.content).toBe("Suggested for <@123456789012345678>");
    expect(message.allowedMentions).toEqual({ parse: [], users: ["123456789012345678"] });
    expectWithinDiscordLimits(message);
  });

  it("rejects a mention id that is not a snowflake", () => {
    expect(() =>
      renderAnswerMessage(makeAnswer([makeSnippet()]), { page: 0, mentionUserId: "everyone" }),
    ).toThrow();
  });

  it("is ephemeral when asked", () => {
    const message = renderAnswerMessage(makeRefusal(), { page: 0, ephemeral: true });
    expect(message.flags).toBe(MessageFlags.Ephemeral);
  });
});

describe("renderAnswerMessage with the real engine", () => {
  let index: PassageIndex;
  beforeAll(async () => {
    ({ index } = await loadEngine(DEFAULT_CORPUS_DIR));
  });

  it("renders the Putin answer with bold matches, markers and sources", () => {
    const reply = answer("What did Putin threaten?", { index });
    const message = renderAnswerMessage(reply, { page: 0 });
    expectWithinDiscordLimits(message);
    const { description, fields, footer } = embed(message);
    expect(description).toMatch(/\*\*Putin\*\*/);
    expect(description).toMatch(/rupture/);
    expect(description).toMatch(/\[1\]/);
    expect(fields?.[0]?.value).toMatch(/^\[1\] .+ — (TURAN|Unknown outlet), ¶\d+/);
    expect(footer?.text).toMatch(/Question: What did Putin threaten\?$/);
    expect(questionFromMessage(message)).toBe("What did Putin threaten?");
    expect(actions(message).filter((a) => a?.kind === "context").length).toBe(
      Math.min(ANSWER_PAGE_SIZE, reply.snippets.length),
    );
  });

  it("renders a refusal with its suggestions", () => {
    const reply = answer("What did Biden say about China?", { index });
    const message = renderAnswerMessage(reply, { page: 0 });
    expectWithinDiscordLimits(message);
    expect(embed(message).description).toContain("don't cover");
    expect(buttons(message)).toHaveLength(reply.suggestions?.length ?? 0);
  });
});
