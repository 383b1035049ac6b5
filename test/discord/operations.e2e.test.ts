/**
 * Issue #5 §6 through `startBot`: a graceful stop finishes the interactions in flight before
 * the gateway closes, and the optional health endpoint reports the gateway and the corpus.
 */
import { once } from "node:events";
import { Events, SlashCommandBuilder } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { BotStartError, startBot } from "../../src/discord/bot.js";
import type { SlashCommand } from "../../src/discord/commands/index.js";
import type { HealthReport } from "../../src/discord/health-server.js";
import { notice } from "../../src/discord/outcome.js";
import { renderInputError } from "../../src/render/discord/index.js";
import { type Harness, type HarnessOptions, startHarness, waitForLog } from "./harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** A harness of the test's own: each stops its bot. */
async function start(options?: HarnessOptions): Promise<Harness> {
  harness = await startHarness(options);
  return harness;
}

const QUESTION = { question: "What did Putin threaten?" };

describe("graceful stop", () => {
  it("finishes an /ask in flight, ignores new interactions, then closes the gateway with 1000", async () => {
    const h = await start();
    h.discord.failNext({ method: "PATCH", pathIncludes: "@original", delayMs: 1_000 });
    const sent = h.discord.dispatchCommand({ name: "ask", options: QUESTION });
    // The answer is on its way (its edit held by the stand-in) when the stop begins.
    await h.discord.waitFor(
      () => h.discord.requests.find((r) => r.method === "PATCH" && r.path.includes(sent.token)),
      {},
      "the delayed edit to arrive",
    );
    const closesBefore = h.discord.gatewayStats.closeCodes.length;
    // Read at the moment the gateway closes: had the user got the answer by then?
    const answeredWhenClosed = h.discord.waitFor(() =>
      h.discord.gatewayStats.closeCodes.length > closesBefore
        ? h.discord.edits(sent.token).length > 0
        : undefined,
    );

    const stopped = h.bot.stop();
    const late = h.discord.dispatchCommand({ name: "ask", options: QUESTION });
    await stopped;

    expect(h.discord.originalMessage(sent.token)?.embeds[0]?.description).toMatch(/rupture/);
    expect(await answeredWhenClosed).toBe(true);
    expect(h.discord.gatewayStats.closeCodes.slice(closesBefore)).toEqual([1000]);
    expect(h.discord.callback(late.id)).toBeNull(); // no new work once stopping
    expect(h.logs.map((l) => l.event).filter((e) => e === "draining" || e === "stopped")).toEqual([
      "draining",
      "stopped",
    ]);
    expect(h.bot.stop()).toBe(stopped); // idempotent: the same shutdown
  });

  it("waits no longer than drainTimeoutMs for a handler that hangs", async () => {
    let release: () => void = () => {};
    const hang: SlashCommand = {
      data: new SlashCommandBuilder().setName("hang").setDescription("Never finishes"),
      defer: "always",
      execute: () =>
        new Promise((resolve) => {
          release = () => resolve(notice(renderInputError("released")));
        }),
    };
    const h = await start({
      bot: { extraCommands: [hang], drainTimeoutMs: 200 },
    });
    const sent = h.discord.dispatchCommand({ name: "hang" });
    await h.discord.waitForCallback(sent.id);
    const closesBefore = h.discord.gatewayStats.closeCodes.length;
    await h.bot.stop();
    expect(h.logs.find((l) => l.event === "drain-timeout")).toMatchObject({ inFlight: 1 });
    expect(h.discord.gatewayStats.closeCodes.slice(closesBefore)).toEqual([1000]);
    release();
  });
});

async function getHealth(port: number | null, path = "/health") {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, body: (await response.json()) as HealthReport };
}

describe("health endpoint (HEALTH_PORT)", () => {
  it("is off by default", async () => {
    const h = await start();
    expect(h.bot.healthPort).toBeNull();
  });

  it("GET /health: 200 ok with gateway and corpus; 503 while reconnecting; 404 elsewhere; closed on stop", async () => {
    const h = await start({ env: { HEALTH_PORT: "0" } });
    const port = h.bot.healthPort;
    expect(port).toBeGreaterThan(0);
    await waitForLog(h, (l) => l.event === "health" && l.port === port && l.host === "127.0.0.1");

    const healthy = await getHealth(port);
    expect(healthy.status).toBe(200);
    expect(healthy.body).toMatchObject({
      status: "ok",
      gateway: { status: "Ready" },
      corpus: { articles: h.bot.engine.corpus.articles.length, indexSource: expect.any(String) },
    });
    expect(healthy.body.corpus.passages).toBe(h.bot.engine.index.passages.length);
    expect(Date.parse(healthy.body.corpus.indexLoadedAt)).toBe(h.bot.engine.indexLoadedAt);
    expect(healthy.body.corpus.indexAgeSeconds).toBeGreaterThanOrEqual(0);

    // Between the drop and the resume (discord.js waits ~500 ms) the gateway is not ready.
    const reconnecting = once(h.bot.client, Events.ShardReconnecting);
    const resumed = once(h.bot.client, Events.ShardResume);
    h.discord.dropConnections();
    await reconnecting;
    const degraded = await getHealth(port);
    expect(degraded.status).toBe(503);
    expect(degraded.body.status).toBe("degraded");
    expect(degraded.body.gateway.status).not.toBe("Ready");
    await resumed;
    expect((await getHealth(port)).status).toBe(200);

    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/health`, { method: "POST" })).status).toBe(404);

    await h.bot.stop();
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });

  it("a port already in use fails the start with one line naming HEALTH_PORT", async () => {
    const h = await start({ env: { HEALTH_PORT: "0" } });
    const taken = h.bot.healthPort ?? 0;
    const error = await startBot(
      { ...h.config, healthPort: taken },
      { logger: h.bot.logger, engine: h.bot.engine },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BotStartError);
    expect((error as Error).message).toMatch(new RegExp(`^HEALTH_PORT ${taken}: .*EADDRINUSE`));
  });
});
