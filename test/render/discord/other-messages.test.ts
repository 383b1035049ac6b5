import { MessageFlags } from "discord.js";
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/corpus/article.js";
import { renderContextMessage } from "../../../src/render/discord/context-message.js";
import { renderHelpMessage } from "../../../src/render/discord/help-message.js";
import {
  renderAlreadyVoted,
  renderCooldownNotice,
  renderErrorNotice,
  renderExpiredNotice,
  renderFeedbackThanks,
  renderInputError,
} from "../../../src/render/discord/notice-message.js";
import { renderSourcesMessage } from "../../../src/render/discord/sources-message.js";
import { makeCitation } from "./factories.js";
import { expectWithinDiscordLimits } from "./limits-assertions.js";

function article(overrides: Partial<Article> = {}): Article {
  return {
    id: "turan-serious-substantive-call",
    title: "Biden and Putin exchange warnings",
    outlet: "TURAN",
    author: null,
    published: "2021-12-31",
    url: "https://example.com/turan",
    extra: {},
    paragraphs: ["One."],
    file: "turan.md",
    ...overrides,
  };
}

describe("renderSourcesMessage", () => {
  it("lists title, outlet, date, link and passage count", () => {
    const message = renderSourcesMessage([
      { article: article(), passageCount: 12 },
      {
        article: article({ id: "b", title: "**B** @here", outlet: null, published: null, url: "" }),
        passageCount: 1,
      },
    ]);
    expect(message.embeds[0]?.title).toBe("Sources (2 articles)");
    expect(message.embeds[0]?.description).toBe(
      "**1.** [Biden and Putin exchange warnings](https://example.com/turan) — TURAN · 2021-12-31 · 12 passages\n" +
        "**2.** \\*\\*B\\*\\* @\u200bhere — Unknown outlet · date unknown · 1 passage",
    );
    expectWithinDiscordLimits(message);
  });

  it("fits 1,000 articles, ending with …and N more", () => {
    const sources = Array.from({ length: 1000 }, (_, i) => ({
      article: article({
        id: `a${i}`,
        title: `Title ${i} ${"long ".repeat(50)}`,
        url: `https://example.com/${"u".repeat(300)}`,
      }),
      passageCount: i,
    }));
    const message = renderSourcesMessage(sources);
    expectWithinDiscordLimits(message);
    const lines = message.embeds[0]?.description?.split("\n") ?? [];
    const more = Number(/^…and (\d+) more$/.exec(lines.at(-1) ?? "")?.[1]);
    expect(lines.length - 1 + more).toBe(1000);
    expect(message.embeds[0]?.title).toBe("Sources (1000 articles)");
  });

  it("says when no articles are loaded", () => {
    expect(renderSourcesMessage([]).embeds[0]?.description).toBe("No articles are loaded.");
  });
});

describe("renderHelpMessage", () => {
  it("describes the corpus, the commands and example questions, ephemerally", () => {
    const message = renderHelpMessage({
      articleCount: 2,
      passageCount: 41,
      exampleQuestions: ["What did Putin threaten?", "@everyone?"],
      commands: [
        { name: "ask", description: "Ask a question about the articles" },
        { name: "search", description: "Search passages" },
      ],
    });
    const embed = message.embeds[0];
    expect(embed?.description).toContain("2 articles (41 passages)");
    expect(embed?.fields?.[0]).toEqual({
      name: "Commands",
      value: "`/ask` — Ask a question about the articles\n`/search` — Search passages",
    });
    expect(embed?.fields?.[1]?.value).toBe("• What did Putin threaten?\n• @\u200beveryone?");
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    expectWithinDiscordLimits(message);
  });

  it("fits many long examples and commands", () => {
    const message = renderHelpMessage({
      articleCount: 1,
      passageCount: 1,
      exampleQuestions: Array.from({ length: 100 }, () => "q".repeat(300)),
      commands: Array.from({ length: 100 }, (_, i) => ({
        name: `c${i}`,
        description: "d".repeat(100),
      })),
    });
    expectWithinDiscordLimits(message);
  });
});

describe("renderContextMessage", () => {
  it("shows the paragraph with the quoted sentence in bold, ephemerally", () => {
    const message = renderContextMessage({
      citation: makeCitation({ paragraph: 3 }),
      sentences: ["Biden spoke first.", "Putin warned of a *rupture*.", "Talks ended."],
      focus: 1,
    });
    const embed = message.embeds[0];
    expect(embed?.description).toBe(
      "Biden spoke first. **Putin warned of a \\*rupture\\*.** Talks ended.\n\n" +
        `[Biden and Putin exchange warnings in a "serious and substantive" call](https://example.com/turan) — TURAN, ¶3`,
    );
    expect(embed?.title).toMatch(/^¶3 · Biden and Putin/);
    expect(message.flags).toBe(MessageFlags.Ephemeral);
  });

  it("fits a huge paragraph without cutting the citation", () => {
    const message = renderContextMessage({
      citation: makeCitation({ title: "t".repeat(300), outlet: null }),
      sentences: Array.from({ length: 60 }, (_, i) => `Sentence ${i} ${"word ".repeat(30)}`),
      focus: 59,
    });
    expectWithinDiscordLimits(message);
    expect(message.embeds[0]?.description).toMatch(/— Unknown outlet, ¶3$/);
  });
});

describe("notices", () => {
  it.each([
    [renderErrorNotice("AB12"), "Something went wrong (ref AB12). Please try again."],
    [renderCooldownNotice(4.2), "Slow down — try again in 5 s."],
    [renderCooldownNotice(0), "Slow down — try again in 1 s."],
    [renderExpiredNotice(), "This result has expired. Ask again to get a fresh one."],
    [renderFeedbackThanks("up"), "Thanks for the feedback! 👍"],
    [renderAlreadyVoted(), "You already rated this answer."],
    [renderInputError("Too long: **300** @everyone"), "Too long: \\*\\*300\\*\\* @\u200beveryone"],
  ])("sends %j as an ephemeral notice", (message, content) => {
    expect(message.content).toBe(content);
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(message.embeds).toEqual([]);
    expectWithinDiscordLimits(message);
  });

  it("keeps a huge input error within 2000 characters", () => {
    expectWithinDiscordLimits(renderInputError("x ".repeat(3000)));
  });
});
