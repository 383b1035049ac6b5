/**
 * Issue #5 §2, the faults resilience.e2e does not cover: a dropped gateway socket, gateway close
 * 4000, op 7, op 9 not resumable, REST 500 and 502 on the callback, and REST taking 2 s. After
 * each, the bot answers.
 */
import { once } from "node:events";
import { Events, InteractionResponseType } from "discord.js";
import { describe, expect, it } from "vitest";
import type { DispatchedInteraction } from "../discord-stand-in/index.js";
import { useHarness, waitForLog } from "./harness.js";

/** Discord's own deadline for the first response to an interaction. */
const DEADLINE_MS = 3_000;

const h = useHarness({ standIn: { interactionDeadlineMs: DEADLINE_MS } });

function ask(question = "What did Putin threaten?"): DispatchedInteraction {
  return h.discord.dispatchCommand({ name: "ask", options: { question } });
}

/** The user sees the cited answer, and its first response met the deadline. */
async function expectAnswered(sent: DispatchedInteraction): Promise<void> {
  const answered = await h.discord.waitForAnswer(sent.id, { timeoutMs: 10_000 });
  expect(answered.message?.embeds[0]?.description).toMatch(/rupture/);
  const callback = await h.discord.waitForCallback(sent.id);
  expect(callback.receivedAt - sent.dispatchedAt).toBeLessThan(DEADLINE_MS);
  expect(h.discord.interaction(sent.id).lateCallbackAt).toBeNull();
}

/**
 * Each gateway test waits until discord.js itself has finished recovering (not only the
 * stand-in): a non-resumable op 9 during its RESUMED handling crashes discord.js 14.28.
 */
describe("gateway faults", () => {
  it("a dropped socket (no close frame): resumes; an interaction sent meanwhile is answered", async () => {
    const before = { ...h.discord.gatewayStats };
    const resumed = once(h.bot.client, Events.ShardResume);
    h.discord.dropConnections();
    const sent = ask(); // sent while the client is disconnected: replayed on RESUME
    await expectAnswered(sent);
    await resumed;
    await waitForLog(h, (l) => l.event === "resumed");
    expect(h.discord.gatewayStats.resumes).toBe(before.resumes + 1);
    expect(h.discord.gatewayStats.identifies).toBe(before.identifies);
  });

  it("close 4000: resumes the session; an interaction dispatched while disconnected is answered", async () => {
    const before = { ...h.discord.gatewayStats };
    const closesBefore = before.closeCodes.length; // the array itself keeps growing
    const resumed = once(h.bot.client, Events.ShardResume);
    h.discord.closeConnections(4000);
    const sent = ask(); // sent while the client is disconnected: replayed on RESUME
    await expectAnswered(sent);
    await resumed;
    const after = h.discord.gatewayStats;
    expect(after.closeCodes.slice(closesBefore)).toEqual([4000]);
    expect(after.resumes).toBe(before.resumes + 1);
    expect(after.identifies).toBe(before.identifies);
  });

  it("op 7 (reconnect): reconnects, resumes and keeps answering", async () => {
    const before = { ...h.discord.gatewayStats };
    const resumed = once(h.bot.client, Events.ShardResume);
    h.discord.sendReconnect();
    await resumed;
    expect(h.discord.gatewayStats.connections).toBe(before.connections + 1);
    expect(h.discord.gatewayStats.resumes).toBe(before.resumes + 1);
    expect(h.discord.gatewayStats.identifies).toBe(before.identifies);
    await expectAnswered(ask());
  });

  it("op 9, not resumable: identifies afresh and keeps answering", async () => {
    const before = { ...h.discord.gatewayStats };
    const readyAgain = once(h.bot.client, Events.ShardReady);
    h.discord.sendInvalidSession(false);
    await readyAgain; // discord.js throttles a new IDENTIFY to about 5 s
    expect(h.discord.gatewayStats.identifies).toBe(before.identifies + 1);
    expect(h.discord.gatewayStats.resumes).toBe(before.resumes);
    await expectAnswered(ask());
  }, 15_000);
});

describe("REST faults", () => {
  it.each([500, 502] as const)(
    "%i on the callback: retried, and the user gets the answer",
    async (status) => {
      h.discord.failNext({ method: "POST", pathIncludes: "/callback", status });
      const sent = ask();
      await expectAnswered(sent);
      const callbacks = h.discord.requests.filter((r) =>
        r.path.startsWith(`/interactions/${sent.id}/`),
      );
      expect(callbacks.map((r) => r.status)).toEqual([status, 204]);
      expect(h.discord.pendingFaults).toBe(0);
    },
  );

  it("a callback taking 2 s: still acknowledged within 3 s, then answered", async () => {
    h.discord.failNext({ method: "POST", pathIncludes: "/callback", delayMs: 2_000 });
    const sent = ask();
    await expectAnswered(sent);
    const callback = await h.discord.waitForCallback(sent.id);
    expect(callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(callback.receivedAt - sent.dispatchedAt).toBeGreaterThanOrEqual(2_000);
    expect(h.discord.pendingFaults).toBe(0);
  });

  it("an edit taking 2 s: the next interaction is still acknowledged at once, both answered", async () => {
    h.discord.failNext({ method: "PATCH", pathIncludes: "@original", delayMs: 2_000 });
    const slow = ask();
    // The slow edit is on its way before the next interaction arrives.
    await h.discord.waitFor(
      () => h.discord.requests.find((r) => r.method === "PATCH" && r.path.includes(slow.token)),
      {},
      "the slow edit to arrive",
    );
    const next = ask("What did Psaki say?");
    const callback = await h.discord.waitForCallback(next.id);
    expect(callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(callback.receivedAt - next.dispatchedAt).toBeLessThan(1_000);
    expect(h.discord.edits(slow.token)).toHaveLength(0); // the slow one is still "thinking…"
    await expectAnswered(slow);
    await h.discord.waitForAnswer(next.id);
    expect(h.discord.pendingFaults).toBe(0);
  });
});
