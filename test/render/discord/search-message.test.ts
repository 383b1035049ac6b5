import { describe, expect, it } from "vitest";
import type { SearchResults } from "../../../src/answer/search-types.js";
import { decodeCustomId, searchFromMessage } from "../../../src/render/discord/custom-id.js";
import type { DiscordMessagePayload } from "../../../src/render/discord/payload.js";
import { renderSearchMessage } from "../../../src/render/discord/search-message.js";
import { HOSTILE_QUESTION, makeSnippet } from "./factories.js";
import { expectWithinDiscordLimits } from "./limits-assertions.js";

function results(overrides: Partial<SearchResults> = {}): SearchResults {
  const hits = Array.from({ length: 5 }, (_, i) =>
    makeSnippet({
      text: `Sanctions fact ${i}.`,
      bold: ["Sanctions"],
      paragraph: i + 1,
      passageId: i,
    }),
  );
  return {
    query: "sanctions",
    articleId: null,
    page: 0,
    pageCount: 3,
    total: 13,
    hits,
    ...overrides,
  };
}

function arrows(payload: DiscordMessagePayload) {
  return payload.components.flatMap((row) =>
    row.components.map((b) => ({
      label: "label" in b ? b.label : undefined,
      disabled: b.disabled ?? false,
      action: "custom_id" in b ? decodeCustomId(b.custom_id) : null,
    })),
  );
}

describe("renderSearchMessage", () => {
  it("lists the page's hits, numbered across pages, each with its citation", () => {
    const message = renderSearchMessage(results({ page: 1 }));
    const description = message.embeds[0]?.description ?? "";
    expect(description.startsWith("13 passages match.")).toBe(true);
    expect(description).toContain("**6.** **Sanctions** fact 0.\n[Biden and Putin exchange");
    expect(description).toContain("— TURAN, ¶1");
    expect(description).toContain("**10.** **Sanctions** fact 4.");
    expect(message.embeds[0]?.footer?.text).toBe("Page 2 of 3 · Search: sanctions");
    expectWithinDiscordLimits(message);
  });

  it("disables ◀ on the first page and ▶ on the last", () => {
    expect(arrows(renderSearchMessage(results({ page: 0 })))).toEqual([
      { label: "◀", disabled: true, action: { kind: "search-page", page: 0 } },
      { label: "▶", disabled: false, action: { kind: "search-page", page: 1 } },
    ]);
    expect(arrows(renderSearchMessage(results({ page: 1 })))).toEqual([
      { label: "◀", disabled: false, action: { kind: "search-page", page: 0 } },
      { label: "▶", disabled: false, action: { kind: "search-page", page: 2 } },
    ]);
    expect(arrows(renderSearchMessage(results({ page: 2 })))).toEqual([
      { label: "◀", disabled: false, action: { kind: "search-page", page: 1 } },
      { label: "▶", disabled: true, action: { kind: "search-page", page: 2 } },
    ]);
  });

  it("has no buttons when there is only one page", () => {
    expect(renderSearchMessage(results({ pageCount: 1, total: 5 })).components).toEqual([]);
  });

  it("says no passages match, without buttons, when nothing matched", () => {
    const message = renderSearchMessage(
      results({ query: "@everyone **x**", total: 0, pageCount: 1, hits: [] }),
    );
    expect(message.embeds[0]?.description).toBe(
      "No passages match “@\u200beveryone \\*\\*x\\*\\*”.",
    );
    expect(message.components).toEqual([]);
    expect(message.embeds[0]?.footer?.text).toBe("Page 1 of 1 · Search: @everyone **x**");
    expectWithinDiscordLimits(message);
  });

  it("names the article searched within and recovers it", () => {
    const message = renderSearchMessage(results({ articleId: "phone-chat-cautions" }));
    expect(message.embeds[0]?.title).toBe("Search in phone-chat-cautions: sanctions");
    expect(searchFromMessage(message)).toEqual({
      query: "sanctions",
      articleId: "phone-chat-cautions",
    });
  });

  it("fits five oversize hits and a hostile query within the limits", () => {
    const hits = Array.from({ length: 5 }, (_, i) =>
      makeSnippet({
        text: "*_`|~<@1>@here ".repeat(25).slice(0, 350),
        title: "[x](https://evil) ".repeat(15),
        url: `https://example.com/${"p".repeat(280)}`,
        outlet: "**Outlet** @everyone",
        passageId: i,
      }),
    );
    const message = renderSearchMessage(results({ query: HOSTILE_QUESTION, hits }));
    expectWithinDiscordLimits(message);
    expect(message.embeds[0]?.description).not.toMatch(/@everyone|@here|<@/);
    expect(searchFromMessage(message)?.query).toBe(HOSTILE_QUESTION);
  });
});
