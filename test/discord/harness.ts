/**
 * Starts the real bot (`startBot`, the entry `npm start` uses) against the Discord stand-in,
 * with its commands deployed to the stand-in's guild and every log line captured.
 */
import type { APIMessage } from "discord.js";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { type BotConfig, readBotConfig } from "../../src/config/bot-config.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { type RunningBot, type StartBotOptions, startBot } from "../../src/discord/bot.js";
import { deployCommands } from "../../src/discord/deploy.js";
import { type Engine, loadEngine } from "../../src/engine.js";
import { createLogger } from "../../src/log/logger.js";
import type { DiscordMessagePayload } from "../../src/render/discord/index.js";
import {
  type DiscordStandIn,
  type MessageBody,
  type StandInOptions,
  startDiscordStandIn,
} from "../discord-stand-in/index.js";
import { expectWithinDiscordLimits } from "../render/discord/limits-assertions.js";

export interface Harness {
  discord: DiscordStandIn;
  bot: RunningBot;
  config: BotConfig;
  guildId: string;
  /** Every log line so far, parsed. */
  logs: LogLine[];
  /** Every log line so far, raw, as written. */
  rawLogs: string[];
  close(): Promise<void>;
}

export interface LogLine {
  level: number;
  msg: string;
  event?: string;
  [key: string]: unknown;
}

export interface HarnessOptions {
  standIn?: StandInOptions;
  /** Extra environment, e.g. COOLDOWN_USES. */
  env?: Record<string, string>;
  bot?: Omit<StartBotOptions, "logger" | "engine">;
  /** The engine the bot starts with; default the shipped corpus, shared by the file. */
  engine?: Engine | Promise<Engine>;
  /**
   * Which log lines to keep in `logs` and `rawLogs`; default all. A soak keeps only warnings
   * and errors, so the harness itself does not grow with every interaction.
   */
  keepLog?: (line: LogLine) => boolean;
}

let sharedEngine: Promise<Engine> | undefined;

/** The shipped corpus, loaded once per test file. */
export function shippedEngine(): Promise<Engine> {
  sharedEngine ??= loadEngine(DEFAULT_CORPUS_DIR);
  return sharedEngine;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const discord = await startDiscordStandIn(options.standIn);
  const guildId = discord.guilds[0]?.id ?? "";
  const config = readBotConfig({
    DISCORD_TOKEN: discord.token,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_GUILD_ID: guildId,
    DISCORD_API_BASE: discord.apiBase,
    LOG_LEVEL: "debug",
    // High enough not to get in the way; the cooldown tests set their own.
    COOLDOWN_USES: "1000",
    ...options.env,
  });
  await deployCommands(config);
  const rawLogs: string[] = [];
  const logs: LogLine[] = [];
  const logger = createLogger({
    level: config.logLevel,
    secrets: [config.discordToken],
    pretty: false,
    sink: {
      write(line: string) {
        const parsed = JSON.parse(line) as LogLine;
        if (options.keepLog && !options.keepLog(parsed)) return;
        rawLogs.push(line);
        logs.push(parsed);
      },
    },
  });
  const bot = await startBot(config, {
    ...options.bot,
    logger,
    engine: await (options.engine ?? shippedEngine()),
  });
  return {
    discord,
    bot,
    config,
    guildId,
    logs,
    rawLogs,
    async close() {
      await bot.stop();
      await discord.close();
      // Issue #5: the token appears in no log line. Every harness checks all it captured.
      const leaks = rawLogs.filter((line) => line.includes(config.discordToken));
      if (leaks.length > 0) throw new Error(`the bot token is in ${leaks.length} log line(s)`);
    },
  };
}

/**
 * The usual set-up of an end-to-end test file: one bot and stand-in started before its tests
 * and closed after them, no request the stand-in did not know after each test, and every
 * payload of the file within Discord's limits at the end. The object is filled in before
 * the first test runs.
 */
export function useHarness(options: HarnessOptions = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    Object.assign(harness, await startHarness(options));
  });
  afterAll(() => harness.close?.());
  afterEach(() => {
    expect(harness.discord.unknownRequests).toEqual([]);
  });
  afterAll(() => {
    // Every reply, update, edit and follow-up of the whole file, not only those asserted on.
    expect(expectEveryPayloadValid(harness.discord)).toBeGreaterThan(5);
  });
  return harness;
}

/** Dispatches /ask and resolves with the message users see once the reply is filled. */
export async function askThrough(
  harness: Harness,
  question: string,
  extra: Record<string, string | boolean> = {},
) {
  const sent = harness.discord.dispatchCommand({ name: "ask", options: { question, ...extra } });
  const callback = await harness.discord.waitForCallback(sent.id);
  await harness.discord.waitForAnswer(sent.id);
  const message = harness.discord.originalMessage(sent.token) as APIMessage;
  return { sent, callback, message };
}

/** A message body as sent on the wire, in the renderer's shape, checked against every Discord limit. */
export function expectValidMessage(body: MessageBody): DiscordMessagePayload {
  const payload: DiscordMessagePayload = {
    ...(body.content === undefined ? {} : { content: body.content }),
    embeds: body.embeds ?? [],
    components: (body.components ?? []) as DiscordMessagePayload["components"],
    allowedMentions: (body.allowed_mentions ?? {}) as DiscordMessagePayload["allowedMentions"],
  };
  expectWithinDiscordLimits(payload);
  return payload;
}

/**
 * Checks every message body and autocomplete answer the bot sent so far against Discord's
 * limits and the mention rules: replies, updates, edits and follow-ups alike. Returns how
 * many it checked.
 */
export function expectEveryPayloadValid(discord: DiscordStandIn): number {
  let checked = 0;
  for (const request of discord.requests) {
    const body = request.body as {
      type?: number;
      data?: MessageBody & { choices?: unknown[] };
    } | null;
    if (!body || request.status === null || request.status >= 400) continue;
    if (/^\/interactions\/[^/]+\/[^/]+\/callback$/.test(request.path)) {
      if (body.type === 4 || body.type === 7) expectValidMessage(body.data ?? {});
      if (body.type === 8) {
        const choices = (body.data?.choices ?? []) as Array<{ name: string; value: string }>;
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const choice of choices) {
          expect(choice.name.length).toBeLessThanOrEqual(100);
          expect(String(choice.value).length).toBeLessThanOrEqual(100);
        }
      }
      if (body.type === 4 || body.type === 7 || body.type === 8) checked++;
    } else if (request.path.startsWith("/webhooks/") && request.method !== "DELETE") {
      expectValidMessage(body as MessageBody);
      checked++;
    }
  }
  return checked;
}

/** The custom ids of a message's buttons, by label. */
export function buttons(message: Pick<APIMessage, "components">): Map<string, string> {
  const byLabel = new Map<string, string>();
  for (const row of message.components ?? []) {
    if (!("components" in row)) continue;
    for (const component of row.components) {
      if ("custom_id" in component && "label" in component && component.label) {
        byLabel.set(component.label, component.custom_id);
      }
    }
  }
  return byLabel;
}

export function button(message: Pick<APIMessage, "components">, label: string): string {
  const id = buttons(message).get(label);
  expect(id, `button "${label}" among ${[...buttons(message).keys()].join(", ")}`).toBeDefined();
  return id ?? "";
}

/** The interaction log lines (one per interaction). */
export function interactionLogs(harness: Harness): LogLine[] {
  return harness.logs.filter((line) => line.event === "interaction");
}

/** Waits for a log line matching `predicate`. */
export function waitForLog(
  harness: Harness,
  predicate: (line: LogLine) => boolean,
): Promise<LogLine> {
  return harness.discord.waitFor(() => harness.logs.find(predicate), {}, "a log line");
}

export const EPHEMERAL = 64;
