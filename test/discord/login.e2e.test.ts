/**
 * Logging in through `startBot`: a rejected token fails the start with one clear line, a
 * token revoked after ready is reported, and the token never reaches a log line or an error,
 * whatever fails.
 */
import { once } from "node:events";
import { Events, SlashCommandBuilder } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { readBotConfig } from "../../src/config/bot-config.js";
import { BotStartError, startBot } from "../../src/discord/bot.js";
import type { SlashCommand } from "../../src/discord/commands/index.js";
import { createLogger } from "../../src/log/logger.js";
import { type DiscordStandIn, startDiscordStandIn } from "../discord-stand-in/index.js";
import { type Harness, shippedEngine, startHarness, waitForLog } from "./harness.js";

let discord: DiscordStandIn | undefined;
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  await discord?.close();
  harness = undefined;
  discord = undefined;
});

/** Starts the bot with `token` against a fresh stand-in, capturing every log line at trace. */
async function startWith(
  token: (standIn: DiscordStandIn) => string,
  prepare?: (s: DiscordStandIn) => void,
) {
  const standIn = await startDiscordStandIn();
  discord = standIn;
  prepare?.(standIn);
  const config = readBotConfig({
    DISCORD_TOKEN: token(standIn),
    DISCORD_API_BASE: standIn.apiBase,
    LOG_LEVEL: "trace",
  });
  const lines: string[] = [];
  const logger = createLogger({
    level: "trace",
    secrets: [config.discordToken],
    pretty: false,
    sink: { write: (line: string) => lines.push(line) },
  });
  const started = startBot(config, { logger, engine: await shippedEngine() });
  return { standIn, started, lines };
}

describe("login", () => {
  it("a wrong token (REST 401) fails the start with one line saying how to fix it", async () => {
    const wrong = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Wrong.TokenTokenTokenTokenToken";
    const { standIn, started, lines } = await startWith(() => wrong);
    const error = await started.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BotStartError);
    expect((error as Error).message).toMatch(
      /^Discord rejected the bot token \(DISCORD_TOKEN\): reset it/,
    );
    expect((error as Error).message).not.toContain(wrong);
    expect(standIn.requests.map((r) => r.status)).toEqual([401]);
    for (const line of lines) {
      expect(line).not.toContain(wrong);
      expect(line).not.toContain(standIn.token);
    }
  });

  it("a token refused at IDENTIFY (close 4004) fails the start the same way", async () => {
    const { standIn, started, lines } = await startWith(
      (s) => s.token,
      (s) => s.failNextIdentify(4004),
    );
    await expect(started).rejects.toThrow(/^Discord rejected the bot token/);
    expect(standIn.gatewayStats.identifies).toBe(1);
    for (const line of lines) expect(line).not.toContain(standIn.token);
  });

  it("a token revoked after ready (close 4004): one fatal line, onFatal, and the client stops", async () => {
    let fatal: Error | undefined;
    harness = await startHarness({
      bot: {
        onFatal: (error) => {
          fatal = error;
        },
      },
    });
    const h = harness;
    h.discord.closeConnections(4004);
    const line = await waitForLog(h, (l) => l.event === "gateway-closed");
    expect(line).toMatchObject({ level: 60, code: 4004 });
    expect(line.msg).toMatch(/^Discord rejected the bot token/);
    await h.discord.waitFor(() => fatal);
    expect(fatal?.message).toMatch(/gateway close 4004/);
    await waitForLog(h, (l) => l.event === "stopped");
    for (const raw of h.rawLogs) expect(raw).not.toContain(h.discord.token);
  });

  it("never logs the token, even at trace level with discord.js's own debug lines", async () => {
    const { standIn, started, lines } = await startWith((s) => s.token);
    const bot = await started;
    const sent = standIn.dispatchCommand({
      name: "ask",
      options: { question: "What did Putin threaten?" },
    });
    await standIn.waitForAnswer(sent.id);
    standIn.dropConnections();
    await standIn.waitForResume();
    await bot.stop();
    expect(lines.some((line) => line.includes('"event":"discord-debug"'))).toBe(true);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line).not.toContain(standIn.token);
  });

  it("at trace level, through login failures, a handler error and gateway faults, no line or error holds the token", async () => {
    // A handler whose error message carries the token, as a careless library's might.
    const leaky: SlashCommand = {
      data: new SlashCommandBuilder().setName("leak").setDescription("Throws with the token"),
      defer: "never",
      execute(_interaction, context) {
        throw new Error(`upstream refused Authorization: Bot ${context.config.discordToken}`);
      },
    };
    harness = await startHarness({ env: { LOG_LEVEL: "trace" }, bot: { extraCommands: [leaky] } });
    const h = harness;
    const token = h.discord.token;

    const sent = h.discord.dispatchCommand({ name: "leak" });
    expect((await h.discord.waitForCallback(sent.id)).data.content).not.toContain(token);
    const failure = await waitForLog(h, (l) => l.name === "leak" && l.outcome === "error");
    expect(JSON.stringify(failure.err)).toContain("upstream refused Authorization: Bot [redacted]");

    for (const fault of [() => h.discord.closeConnections(4000), () => h.discord.sendReconnect()]) {
      const resumed = once(h.bot.client, Events.ShardResume);
      fault();
      await resumed;
    }

    // The right token, refused or unreachable: what main.ts would print is the error itself.
    h.discord.failNext({ pathIncludes: "/gateway/bot", status: 401 });
    h.discord.failNext({ pathIncludes: "/gateway/bot", status: 502 }, 4);
    for (const expected of [/^Discord rejected the bot token/, /^could not connect to /]) {
      const error = (await startBot(h.config, { logger: h.bot.logger, engine: h.bot.engine }).then(
        () => new Error("started"),
        (e: unknown) => e,
      )) as Error;
      expect(error).toBeInstanceOf(BotStartError);
      expect(error.message).toMatch(expected);
      h.bot.logger.fatal({ event: "start-failed", err: error }, error.message);
      expect(`${error.message}\n${error.stack}`).not.toContain(token);
    }
    expect(h.discord.pendingFaults).toBe(0);

    expect(h.rawLogs.some((line) => line.includes('"event":"discord-debug"'))).toBe(true);
    for (const raw of h.rawLogs) expect(raw).not.toContain(token);
  });
});
