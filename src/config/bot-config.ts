import type { LevelWithSilent } from "pino";
import { corpusDirFrom, indexCacheDirFrom } from "../config.js";

/** Everything the bot and the deploy script read from the environment, validated. */
export interface BotConfig {
  discordToken: string;
  /** The application id; only `deploy-commands` needs it. */
  clientId: string | null;
  /** Deploy to this server only (commands appear at once); `null` deploys globally. */
  guildId: string | null;
  /** REST base URL without the version (discord.js appends `/v10`); `null` for Discord's own. */
  apiBase: string | null;
  logLevel: LevelWithSilent;
  corpusDir: string;
  /** Folder for index snapshots (`INDEX_CACHE_DIR`), or `null` when they are off. */
  indexCacheDir: string | null;
  /** Per-user limit on `/ask` and `/search`: `uses` per `seconds`; 0 seconds turns it off. */
  cooldown: { uses: number; seconds: number };
  /** Port of the health endpoint on 127.0.0.1 (`HEALTH_PORT`), or `null` when it is off. */
  healthPort: number | null;
  /** Shards for `npm run start:sharded` (`SHARD_COUNT`): a number, or "auto" = Discord's advice. */
  shardCount: number | "auto";
  /**
   * Pause between spawning shards (`SHARD_SPAWN_DELAY_MS`): each shard process identifies on
   * its own, and Discord allows one IDENTIFY per 5 s per bot.
   */
  shardSpawnDelayMs: number;
}

/** A missing or malformed variable. The message is one line: what is wrong and how to fix it. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

export const LOG_LEVELS: readonly LevelWithSilent[] = [
  "fatal",
  "error",
  "warn",
  "info",
  "debug",
  "trace",
  "silent",
];
export const DEFAULT_COOLDOWN = { uses: 5, seconds: 10 } as const;
/** discord.js's own default: Discord's 5 s identify window plus a margin. */
export const DEFAULT_SHARD_SPAWN_DELAY_MS = 5_500;
/** Discord caps a bot at far fewer; a larger number is a typo. */
const MAX_SHARDS = 10_000;
const MAX_COOLDOWN_USES = 1_000_000;
const MAX_COOLDOWN_SECONDS = 86_400;
/** Discord ids are snowflakes: 64-bit integers, 17 to 20 decimal digits today. */
const SNOWFLAKE = /^\d{17,20}$/;
/** Tokens are URL-safe base64 parts joined by dots; anything else was pasted wrongly. */
const TOKEN_CHARACTERS = /^[A-Za-z0-9._-]+$/;

/**
 * Reads and checks the configuration. `purpose` says what must be present: the bot needs a
 * token; deploying commands also needs the application id.
 *
 * @example
 * readBotConfig({ DISCORD_TOKEN: "MTI3.Gx.abc", COOLDOWN_USES: "3" }).cooldown; // { uses: 3, seconds: 10 }
 * @throws ConfigError naming the first variable that is missing or malformed.
 */
export function readBotConfig(
  env: NodeJS.ProcessEnv,
  purpose: "start" | "deploy" = "start",
): BotConfig {
  const clientId = snowflake(
    env,
    "DISCORD_CLIENT_ID",
    "the Application ID (Developer Portal → General Information)",
  );
  if (purpose === "deploy" && clientId === null) {
    throw new ConfigError(
      "DISCORD_CLIENT_ID",
      "DISCORD_CLIENT_ID is not set: deploying commands needs your application's id. Copy the Application ID from the Discord Developer Portal (General Information) into .env.",
    );
  }
  return {
    discordToken: token(env),
    clientId,
    guildId: snowflake(
      env,
      "DISCORD_GUILD_ID",
      "a server id (Developer Mode on, right-click the server → Copy Server ID), or leave it empty to deploy globally",
    ),
    apiBase: apiBase(env),
    logLevel: logLevel(env),
    corpusDir: corpusDirFrom(env),
    indexCacheDir: indexCacheDirFrom(env),
    cooldown: {
      uses: number(env, "COOLDOWN_USES", DEFAULT_COOLDOWN.uses, {
        min: 1,
        max: MAX_COOLDOWN_USES,
        integer: true,
        hint: "how many /ask or /search a user may run per cooldown window",
      }),
      seconds: number(env, "COOLDOWN_SECONDS", DEFAULT_COOLDOWN.seconds, {
        min: 0,
        max: MAX_COOLDOWN_SECONDS,
        integer: false,
        hint: "the cooldown window in seconds; 0 turns the cooldown off",
      }),
    },
    healthPort: healthPort(env),
    shardCount: shardCount(env),
    shardSpawnDelayMs: number(env, "SHARD_SPAWN_DELAY_MS", DEFAULT_SHARD_SPAWN_DELAY_MS, {
      min: 0,
      max: 600_000,
      integer: true,
      hint: "milliseconds between starting two shards; Discord allows one login per 5 s",
    }),
  };
}

/** "auto" (or unset) asks Discord how many shards the bot needs when the manager starts. */
function shardCount(env: NodeJS.ProcessEnv): number | "auto" {
  const raw = value(env, "SHARD_COUNT");
  if (raw === null || raw.toLowerCase() === "auto") return "auto";
  return number(env, "SHARD_COUNT", 1, {
    min: 1,
    max: MAX_SHARDS,
    integer: true,
    hint: 'how many shards `npm run start:sharded` runs, or "auto" for Discord\'s recommendation',
  });
}

/** Off unless set; 0 picks any free port (the bot logs which). */
function healthPort(env: NodeJS.ProcessEnv): number | null {
  if (value(env, "HEALTH_PORT") === null) return null;
  return number(env, "HEALTH_PORT", 0, {
    min: 0,
    max: 65_535,
    integer: true,
    hint: "the port of GET /health on 127.0.0.1; leave it empty to turn it off",
  });
}

function value(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim();
  return raw ? raw : null;
}

/** Never echoes the token: a wrong one may still be a real secret. */
function token(env: NodeJS.ProcessEnv): string {
  const raw = value(env, "DISCORD_TOKEN");
  if (raw === null) {
    throw new ConfigError(
      "DISCORD_TOKEN",
      "DISCORD_TOKEN is not set: copy .env.example to .env and paste your bot's token from the Discord Developer Portal (Bot → Reset Token).",
    );
  }
  if (/^Bot\s/i.test(raw)) {
    throw new ConfigError(
      "DISCORD_TOKEN",
      'DISCORD_TOKEN starts with "Bot ": paste the token alone; the bot adds the prefix itself.',
    );
  }
  if (!TOKEN_CHARACTERS.test(raw)) {
    throw new ConfigError(
      "DISCORD_TOKEN",
      "DISCORD_TOKEN is malformed (it holds spaces, quotes or other characters a token never has): paste it again exactly as the Developer Portal shows it.",
    );
  }
  return raw;
}

function snowflake(env: NodeJS.ProcessEnv, name: string, what: string): string | null {
  const raw = value(env, name);
  if (raw === null || SNOWFLAKE.test(raw)) return raw;
  throw new ConfigError(
    name,
    `${name} must be a Discord id of 17–20 digits, got ${quote(raw)}: use ${what}.`,
  );
}

function apiBase(env: NodeJS.ProcessEnv): string | null {
  const raw = value(env, "DISCORD_API_BASE");
  if (raw === null) return null;
  const fix =
    "set it to a URL such as https://discord.com/api, or leave it empty for Discord's own";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      "DISCORD_API_BASE",
      `DISCORD_API_BASE is not a URL (${quote(raw)}): ${fix}.`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(
      "DISCORD_API_BASE",
      `DISCORD_API_BASE must be an http(s) URL, got ${quote(raw)}: ${fix}.`,
    );
  }
  const base = raw.replace(/\/+$/, "");
  if (/\/v\d+$/.test(base)) {
    throw new ConfigError(
      "DISCORD_API_BASE",
      `DISCORD_API_BASE must not name the API version (${quote(raw)}): drop the trailing /v…, discord.js adds /v10 itself.`,
    );
  }
  return base;
}

function logLevel(env: NodeJS.ProcessEnv): LevelWithSilent {
  const raw = value(env, "LOG_LEVEL")?.toLowerCase() ?? "info";
  const level = LOG_LEVELS.find((candidate) => candidate === raw);
  if (level) return level;
  throw new ConfigError(
    "LOG_LEVEL",
    `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}; got ${quote(raw)}.`,
  );
}

function number(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  rule: { min: number; max: number; integer: boolean; hint: string },
): number {
  const raw = value(env, name);
  if (raw === null) return fallback;
  const parsed = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
  if (
    Number.isFinite(parsed) &&
    parsed >= rule.min &&
    parsed <= rule.max &&
    (!rule.integer || Number.isInteger(parsed))
  ) {
    return parsed;
  }
  const kind = rule.integer ? "a whole number" : "a number";
  throw new ConfigError(
    name,
    `${name} must be ${kind} from ${rule.min} to ${rule.max} (${rule.hint}), got ${quote(raw)}.`,
  );
}

/** Quoted and cut short, so a pasted blob cannot make the one-line message long. */
function quote(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}
