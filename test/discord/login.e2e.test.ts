/**
 * Logging in through `startBot`: a rejected token fails the start with one clear line, a
 * token revoked after ready is reported, and the token never reaches a log line.
 */
import { afterEach, describe, expect, it } from "vitest";
import { readBotConfig } from "../../src/config/bot-config.js";
import { BotStartError, startBot } from "../../src/discord/bot.js";
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
});
