/**
 * /ask end to end: the real discord.js client, driven through `startBot`, against the Discord
 * stand-in. Covers the answer payload, mentions, hide, not found, did-you-mean, autocomplete
 * and a burst. The buttons on an answer are in answer-buttons.e2e.test.ts.
 */
import { ApplicationCommandOptionType, InteractionResponseType } from "discord.js";
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import {
  askThrough,
  button,
  buttons,
  EPHEMERAL,
  expectValidMessage,
  useHarness,
  waitForLog,
} from "./harness.js";

const h = useHarness();

/** Dispatches /ask and resolves with the message users see once the deferred reply is filled. */
const ask = (question: string, extra: Record<string, string | boolean> = {}) =>
  askThrough(h, question, extra);

describe("/ask", () => {
  it("logged in: ready with the bot's tag and server count, commands deployed", () => {
    const ready = h.logs.find((line) => line.event === "ready");
    expect(ready).toMatchObject({ tag: h.discord.botUser.username, guilds: 1 });
    expect(ready?.msg).toMatch(/^ready/);
    expect(h.discord.commands(h.guildId).map((c) => c.name)).toEqual([
      "ask",
      "search",
      "sources",
      "help",
      "reload",
    ]);
    expect(h.discord.requests.filter((r) => r.method === "GET").map((r) => r.path)).toEqual([
      "/gateway/bot",
    ]);
  });

  it("defers, then fills the reply with a cited answer embed that pings nobody", async () => {
    const { sent, callback, message } = await ask("What did Putin threaten?");
    expect(callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(callback.data.flags ?? 0).toBe(0);
    const edit = await h.discord.waitForOriginalEdit(sent.token);
    const payload = expectValidMessage(edit.body);
    expect(payload.allowedMentions).toEqual({ parse: [] });

    const [embed] = message.embeds;
    expect(embed?.title).toBe("What did Putin threaten?");
    expect(embed?.description).toMatch(/rupture/);
    expect(embed?.description).toMatch(/\*\*Putin\*\*/); // matched words in bold
    expect(embed?.description).toMatch(/\[1\]/);
    const sources = embed?.fields?.[0];
    expect(sources?.name).toBe("Sources");
    expect(sources?.value).toMatch(/^\[1\] .+ — TURAN, ¶\d+/m);
    expect(embed?.footer?.text).toMatch(/Question: What did Putin threaten\?$/);
    expect([...buttons(message).keys()]).toEqual(
      expect.arrayContaining(["Helpful", "Not helpful", "Context [1]"]),
    );

    // The log line follows the reply, so it may land a moment later.
    const line = await waitForLog(h, (l) => l.event === "interaction" && l.name === "ask");
    expect(line).toMatchObject({ kind: "command", outcome: "answered", deferred: true });
    expect(line?.latencyMs).toEqual(expect.any(Number));
    expect(line?.results).toBeGreaterThan(0);
  });

  it("suggests the answer to one user: 'Suggested for @user', and only that user may be pinged", async () => {
    const friend = { id: "123456789012345678", username: "friend" };
    const sent = h.discord.dispatchCommand({
      name: "ask",
      options: [
        {
          name: "question",
          type: ApplicationCommandOptionType.String,
          value: "What did Putin threaten? @everyone <@&987654321098765432>",
        },
        { name: "mention", type: ApplicationCommandOptionType.User, value: friend.id },
      ],
      resolved: {
        users: {
          [friend.id]: {
            ...friend,
            discriminator: "0",
            global_name: null,
            avatar: null,
          },
        },
      },
    });
    const edit = await h.discord.waitForOriginalEdit(sent.token);
    const payload = expectValidMessage(edit.body);
    expect(payload.content).toBe(`Suggested for <@${friend.id}>`);
    expect(payload.allowedMentions).toEqual({ parse: [], users: [friend.id] });
    // The question's @everyone and role mention are escaped, not live.
    const title = edit.message.embeds[0]?.title ?? "";
    expect(title).not.toMatch(/(^|[^\\])@everyone/);
    expect(title).not.toContain("<@&987654321098765432>");
  });

  it("hide:true makes the deferred reply and the answer ephemeral", async () => {
    const { callback, message } = await ask("What did Putin threaten?", { hide: true });
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.description).toMatch(/rupture/);
  });

  it("not found: says the articles don't cover it, and a did-you-mean button asks the suggestion", async () => {
    const { message } = await ask("What did Biden say about China?");
    const [embed] = message.embeds;
    expect(embed?.title).toBe("Not in the articles");
    expect(embed?.description).toMatch(/don't cover that/);
    const suggestion = [...buttons(message).keys()].find((label) => label.startsWith("What"));
    if (!suggestion) throw new Error("no did-you-mean button");
    expect(answer(suggestion, { index: h.bot.engine.index }).answered).toBe(true);

    const click = h.discord.dispatchButton({ customId: button(message, suggestion), message });
    expect((await h.discord.waitForCallback(click.id)).type).toBe(
      InteractionResponseType.DeferredMessageUpdate,
    );
    const edit = await h.discord.waitForOriginalEdit(click.token);
    expectValidMessage(edit.body);
    expect(edit.message.id).toBe(message.id);
    expect(edit.message.embeds[0]?.footer?.text).toContain(`Question: ${suggestion}`);
    expect(edit.message.embeds[0]?.fields?.[0]?.name).toBe("Sources");
  });

  it("bad input gets a short private message and no public 'thinking…'", async () => {
    const sent = h.discord.dispatchCommand({ name: "ask", options: { question: "   " } });
    const callback = await h.discord.waitForCallback(sent.id);
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(callback.data.content).toMatch(/empty/);
    expectValidMessage(callback.data);
  });

  it("autocomplete offers the user's own text first, then corpus questions, within Discord's limits", async () => {
    const sent = h.discord.dispatchAutocomplete({
      name: "ask",
      options: { question: "what did pu" },
    });
    const callback = await h.discord.waitForCallback(sent.id);
    expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = callback.data.choices ?? [];
    expect(choices[0]).toEqual({ name: "what did pu", value: "what did pu" });
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices.slice(1)) {
      expect(String(choice.value)).toMatch(/\bPu/i);
      expect(answer(String(choice.value), { index: h.bot.engine.index }).answered).toBe(true);
    }

    const long = "why ".repeat(70).trim(); // 279 characters, as Discord allows up to 300
    const second = h.discord.dispatchAutocomplete({ name: "ask", options: { question: long } });
    const longChoices = (await h.discord.waitForCallback(second.id)).data.choices ?? [];
    expect(longChoices.length).toBeGreaterThan(0);
    for (const choice of longChoices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(String(choice.value).length).toBeLessThanOrEqual(100);
    }

    const empty = h.discord.dispatchAutocomplete({ name: "ask", options: { question: "" } });
    const emptyChoices = (await h.discord.waitForCallback(empty.id)).data.choices ?? [];
    expect(emptyChoices.length).toBeGreaterThan(0);
    expect(emptyChoices.length).toBeLessThanOrEqual(25);
  });
});

describe("under load", () => {
  it("acknowledges a burst of 100 /ask within Discord's 3 s and answers every one", async () => {
    const questions = [
      "What did Putin threaten?",
      "Who requested the call?",
      "What is the weather in Moscow?",
    ];
    const sent = Array.from({ length: 100 }, (_, i) =>
      h.discord.dispatchCommand({
        name: "ask",
        options: { question: questions[i % questions.length] ?? "" },
        user: { id: String(500_000_000_000_000_000n + BigInt(i)), username: `burst${i}` },
      }),
    );
    const answers = await Promise.all(
      sent.map((s) => h.discord.waitForAnswer(s.id, { timeoutMs: 15_000 })),
    );
    for (const s of sent) {
      const entry = h.discord.interaction(s.id);
      expect(entry.lateCallbackAt).toBeNull();
      expect(
        (entry.callback?.receivedAt ?? Number.POSITIVE_INFINITY) - s.dispatchedAt,
      ).toBeLessThan(3_000);
    }
    expect(answers.every((a) => (a.message?.embeds.length ?? 0) === 1)).toBe(true);
  });
});
