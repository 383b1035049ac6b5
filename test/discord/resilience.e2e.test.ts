/**
 * What keeps the bot answering: the cooldown, handlers that throw, Discord's "too late" and
 * "already acknowledged" errors and REST rate limits. Gateway faults are in faults.e2e, under
 * Discord's own 3 s deadline: this file's 1 s one leaves a resume (discord.js waits 500 ms before
 * reconnecting) too little room on a loaded machine.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { InteractionResponseType, Routes, SlashCommandBuilder } from "discord.js";
import { describe, expect, it } from "vitest";
import type { SlashCommand } from "../../src/discord/commands/index.js";
import { notice } from "../../src/discord/outcome.js";
import { renderInputError } from "../../src/render/discord/index.js";
import { EPHEMERAL, expectValidMessage, useHarness, waitForLog } from "./harness.js";

/** Commands only these tests register (through startBot's extraCommands), never deployed. */
const failing: SlashCommand[] = [
  {
    data: new SlashCommandBuilder().setName("explode").setDescription("Throws at once"),
    defer: "never",
    execute() {
      throw new Error("kaboom");
    },
  },
  {
    data: new SlashCommandBuilder().setName("explode-later").setDescription("Throws after a defer"),
    defer: "always",
    execute() {
      throw new Error("kaboom after defer");
    },
  },
  {
    // Slower than the stand-in's deadline below: Discord answers the late reply with 10062.
    data: new SlashCommandBuilder().setName("dawdle").setDescription("Answers too late"),
    defer: "never",
    async execute() {
      await sleep(DEADLINE_MS + 400);
      return notice(renderInputError("late"));
    },
  },
  {
    // Acknowledges behind discord.js's back, so the bot's own reply meets 40060.
    data: new SlashCommandBuilder().setName("ack-twice").setDescription("Already acknowledged"),
    defer: "never",
    async execute(interaction) {
      await interaction.client.rest.post(
        Routes.interactionCallback(interaction.id, interaction.token),
        {
          body: { type: InteractionResponseType.DeferredChannelMessageWithSource },
          auth: false,
        },
      );
      return notice(renderInputError("second"));
    },
  },
];

const DEADLINE_MS = 1_000;
const COOLDOWN_USES = 2;

const h = useHarness({
  standIn: { interactionDeadlineMs: DEADLINE_MS },
  env: { COOLDOWN_USES: String(COOLDOWN_USES), COOLDOWN_SECONDS: "60" },
  bot: { extraCommands: failing },
});

let nextUser = 300_000_000_000_000_000n;
/** A user of their own, so the cooldown of one test does not reach the next. */
function freshUser() {
  nextUser += 1n;
  return { id: nextUser.toString(), username: `user${nextUser % 1000n}` };
}

function ask(user = freshUser(), question = "What did Putin threaten?") {
  return h.discord.dispatchCommand({ name: "ask", options: { question }, user });
}

/** The bot still answers a normal question: nothing above broke it. */
async function expectStillAnswering(): Promise<void> {
  const sent = ask();
  const answered = await h.discord.waitForAnswer(sent.id);
  expect(answered.message?.embeds[0]?.description).toMatch(/rupture/);
}

describe("cooldown", () => {
  it(`allows ${COOLDOWN_USES} /ask or /search per window, then says when to try again, privately`, async () => {
    const user = freshUser();
    for (let i = 0; i < COOLDOWN_USES; i++) {
      const sent =
        i === 0
          ? ask(user)
          : h.discord.dispatchCommand({ name: "search", options: { query: "costs" }, user });
      expect((await h.discord.waitForCallback(sent.id)).type).toBe(
        InteractionResponseType.DeferredChannelMessageWithSource,
      );
    }
    const limited = ask(user);
    const callback = await h.discord.waitForCallback(limited.id);
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(callback.data.content).toMatch(/^Slow down — try again in (\d+) s\.$/);
    const seconds = Number(/in (\d+) s/.exec(callback.data.content ?? "")?.[1]);
    expect(seconds).toBeGreaterThan(50);
    expect(seconds).toBeLessThanOrEqual(60);
    expectValidMessage(callback.data);
    await waitForLog(h, (l) => l.outcome === "cooldown" && l.user === user.id);

    // Others are not affected, and neither are commands without a cooldown.
    await expectStillAnswering();
    const help = h.discord.dispatchCommand({ name: "help", user });
    expect((await h.discord.waitForCallback(help.id)).data.embeds).toHaveLength(1);
  });
});

describe("failures", () => {
  it("a handler that throws: private 'Something went wrong (ref …)', the same ref in the error log", async () => {
    const sent = h.discord.dispatchCommand({ name: "explode", user: freshUser() });
    const callback = await h.discord.waitForCallback(sent.id);
    expect(callback.data.flags).toBe(EPHEMERAL);
    const ref = /\(ref ([0-9A-F]{6})\)/.exec(callback.data.content ?? "")?.[1];
    expect(ref).toBeDefined();
    expectValidMessage(callback.data);
    const line = await waitForLog(h, (l) => l.ref === ref);
    expect(line).toMatchObject({ level: 50, name: "explode", outcome: "error" });
    expect(JSON.stringify(line.err)).toContain("kaboom");
    await expectStillAnswering();
  });

  it("throws after a public defer: the 'thinking…' is replaced by a private notice", async () => {
    const sent = h.discord.dispatchCommand({ name: "explode-later", user: freshUser() });
    expect((await h.discord.waitForCallback(sent.id)).type).toBe(
      InteractionResponseType.DeferredChannelMessageWithSource,
    );
    const notice = await h.discord.waitForFollowUp(sent.token);
    expect(notice.flags).toBe(EPHEMERAL);
    expect(notice.content).toMatch(/^Something went wrong \(ref [0-9A-F]{6}\)/);
    expect(h.discord.interaction(sent.id).originalDeleted).toBe(true);
    await waitForLog(h, (l) => l.name === "explode-later" && l.outcome === "error");
  });

  it("logs Discord's 10062 (too late) and 40060 (already acknowledged) and keeps running", async () => {
    const late = h.discord.dispatchCommand({ name: "dawdle", user: freshUser() });
    const tooLate = await waitForLog(h, (l) => l.name === "dawdle");
    expect(tooLate).toMatchObject({ level: 40, outcome: "error", code: 10062 });
    expect(h.discord.interaction(late.id).lateCallbackAt).not.toBeNull();

    h.discord.dispatchCommand({ name: "ack-twice", user: freshUser() });
    const twice = await waitForLog(h, (l) => l.name === "ack-twice");
    expect(twice).toMatchObject({ level: 40, outcome: "error", code: 40060 });
    await expectStillAnswering();
  });
});

describe("network faults", () => {
  it("retries a callback answered 429 after Retry-After", async () => {
    h.discord.failNext({
      method: "POST",
      pathIncludes: "/callback",
      status: 429,
      retryAfterSeconds: 0.05,
    });
    const sent = h.discord.dispatchCommand({ name: "sources", user: freshUser() });
    const callback = await h.discord.waitForCallback(sent.id);
    expect(callback.data.embeds?.[0]?.title).toMatch(/^Sources/);
    const attempts = h.discord.requests.filter((r) =>
      r.path.startsWith(`/interactions/${sent.id}/`),
    );
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(h.discord.pendingFaults).toBe(0);
  });

  it("retries an edit of the deferred reply answered 429", async () => {
    h.discord.failNext({
      method: "PATCH",
      pathIncludes: "@original",
      status: 429,
      retryAfterSeconds: 0.05,
    });
    const sent = ask();
    const edit = await h.discord.waitForOriginalEdit(sent.token);
    expect(edit.message.embeds[0]?.description).toMatch(/rupture/);
    const patches = h.discord.requests.filter(
      (r) => r.method === "PATCH" && r.path.includes(sent.token),
    );
    expect(patches.map((r) => r.status)).toEqual([429, 200]);
  });
});
