/** /search (with ◀ ▶ and the article autocomplete), /sources and /help, end to end. */
import { type APIMessage, InteractionResponseType } from "discord.js";
import { describe, expect, it } from "vitest";
import { searchPassages } from "../../src/answer/search-passages.js";
import { button, EPHEMERAL, expectValidMessage, useHarness, waitForLog } from "./harness.js";

const h = useHarness();

async function command(name: string, options: Record<string, string> = {}) {
  const sent = h.discord.dispatchCommand({ name, options });
  const callback = await h.discord.waitForCallback(sent.id);
  const answered = await h.discord.waitForAnswer(sent.id);
  return { sent, callback, message: answered.message as APIMessage };
}

describe("/search", () => {
  it("lists ranked passages 5 per page; ▶ and ◀ move between pages in place", async () => {
    const expected = searchPassages("Putin", { index: h.bot.engine.index });
    expect(expected.pageCount).toBeGreaterThan(1);
    const { callback, message } = await command("search", { query: "Putin" });
    expect(callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expectValidMessage(h.discord.edits(message.interaction_metadata?.id ?? "")[0]?.body ?? {});
    const [embed] = message.embeds;
    expect(embed?.title).toBe("Search: Putin");
    expect(embed?.description).toContain(`${expected.total} passages match.`);
    expect(embed?.description?.match(/^\*\*\d+\.\*\* /gm)).toHaveLength(5);
    expect(embed?.footer?.text).toBe(`Page 1 of ${expected.pageCount} · Search: Putin`);

    const next = h.discord.dispatchButton({ customId: button(message, "▶"), message });
    expect((await h.discord.waitForCallback(next.id)).type).toBe(
      InteractionResponseType.DeferredMessageUpdate,
    );
    const page2 = (await h.discord.waitForOriginalEdit(next.token)).message;
    expectValidMessage(h.discord.edits(next.token)[0]?.body ?? {});
    expect(page2.id).toBe(message.id);
    expect(page2.embeds[0]?.footer?.text).toBe(`Page 2 of ${expected.pageCount} · Search: Putin`);
    expect(page2.embeds[0]?.description).toMatch(/^\*\*6\.\*\* /m);

    const back = h.discord.dispatchButton({ customId: button(page2, "◀"), message: page2 });
    const page1 = (await h.discord.waitForOriginalEdit(back.token)).message;
    expect(page1.embeds[0]?.footer?.text).toBe(`Page 1 of ${expected.pageCount} · Search: Putin`);
    expect(page1.embeds[0]?.description).toBe(embed?.description);
  });

  it("autocompletes the article option and searches within the chosen article", async () => {
    const typed = h.discord.dispatchAutocomplete({
      name: "search",
      options: { query: "costs", article: "turan" },
      focused: "article",
    });
    const choices = (await h.discord.waitForCallback(typed.id)).data.choices ?? [];
    expect(choices).toEqual([
      { name: expect.stringContaining("TURAN"), value: "turan-serious-substantive-call" },
    ]);
    const all = h.discord.dispatchAutocomplete({
      name: "search",
      options: { query: "costs", article: "" },
      focused: "article",
    });
    expect((await h.discord.waitForCallback(all.id)).data.choices).toHaveLength(2);

    const { message } = await command("search", {
      query: "costs",
      article: "turan-serious-substantive-call",
    });
    const [embed] = message.embeds;
    expect(embed?.title).toBe("Search in turan-serious-substantive-call: costs");
    expect(embed?.description).not.toMatch(/Unknown outlet/);
    expect(embed?.description).toMatch(/TURAN, ¶/);
  });

  it("an unknown article gets a private message saying what to do", async () => {
    const { callback } = await command("search", { query: "costs", article: "no-such-thing" });
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(callback.data.content).toMatch(/no article/i);
    expectValidMessage(callback.data);
  });

  it("says when nothing matches, without page buttons", async () => {
    const { message } = await command("search", { query: "Zelensky" });
    expect(message.embeds[0]?.description).toMatch(/No passages match/);
    expect(message.components ?? []).toEqual([]);
    const line = await waitForLog(
      h,
      (l) => l.event === "interaction" && l.name === "search" && l.outcome === "not-found",
    );
    expect(line).toMatchObject({ answered: false, results: 0, deferred: true });
  });
});

describe("/sources and /help", () => {
  it("/sources lists each article with outlet, date and passage count", async () => {
    const { callback } = await command("sources");
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const payload = expectValidMessage(callback.data);
    const [embed] = payload.embeds;
    expect(embed?.title).toBe("Sources (2 articles)");
    const counts = new Map<string, number>();
    for (const passage of h.bot.engine.index.passages) {
      counts.set(passage.articleId, (counts.get(passage.articleId) ?? 0) + 1);
    }
    const turan = counts.get("turan-serious-substantive-call");
    expect(embed?.description).toMatch(new RegExp(`TURAN · 2021-12-31 · ${turan} passages`));
    expect(embed?.description).toMatch(/Unknown outlet · date unknown/);
  });

  it("/help says what the bot knows, lists every command and questions to try", async () => {
    const { callback } = await command("help");
    expect(callback.data.flags).toBe(EPHEMERAL);
    const payload = expectValidMessage(callback.data);
    const [embed] = payload.embeds;
    expect(embed?.description).toMatch(/2 articles/);
    const commands = embed?.fields?.find((f) => f.name === "Commands")?.value ?? "";
    for (const name of ["ask", "search", "sources", "help", "reload"])
      expect(commands).toContain(`/${name}`);
    const examples = embed?.fields?.find((f) => f.name === "Try asking")?.value ?? "";
    expect(examples.split("\n").length).toBeGreaterThanOrEqual(3);
  });
});
