/**
 * `npm run start:sharded`: runs the bot as SHARD_COUNT processes under discord.js's
 * ShardingManager, one shard each (Discord requires sharding past 2,500 servers). Every shard
 * process is `main.ts` itself: discord.js tells it its shard through the environment (SHARDS,
 * SHARD_COUNT), and the child inherits the rest (DISCORD_API_BASE, CORPUS_DIR, …).
 *
 * SIGINT or SIGTERM is passed on to every shard, which drains and closes its gateway
 * connection as under `npm start`; the manager exits 0 once all have exited 0.
 * Exit 1 when the configuration is wrong, Discord cannot be asked for the shard count, or a
 * shard exits on its own: shards are not respawned here, so a supervisor restarts the whole
 * set rather than one shard looping on a revoked token.
 */
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import {
  DiscordAPIError,
  REST,
  type RESTGetAPIGatewayBotResult,
  Routes,
  type Shard,
  ShardingManager,
} from "discord.js";
import type { BotConfig } from "../config/bot-config.js";
import { createLogger, type Logger } from "../log/logger.js";
import { configOrExit } from "./config-or-exit.js";

/** A shard loads the corpus before it logs in; large corpora take a while. */
const SHARD_READY_TIMEOUT_MS = 120_000;
/** The shard entry point: the same start-up as `npm start`, run with tsx like it. */
const SHARD_FILE = fileURLToPath(new URL("./main.ts", import.meta.url));

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken] }).child({
    role: "shard-manager",
  });

  let stopping = false;
  let manager: ShardingManager | undefined;
  const stopAll = (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: "shutdown", reason }, `${reason}: stopping every shard`);
    const shards = [...(manager?.shards.values() ?? [])];
    void Promise.all(shards.map((shard) => stopShard(shard))).then((codes) => {
      const clean = codes.every((exitCode) => exitCode === 0);
      logger.info({ event: "stopped", codes }, "every shard has exited");
      exit(logger, clean ? code : 1);
    });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => stopAll(signal, 0));
  }

  let totalShards: number;
  try {
    totalShards =
      config.shardCount === "auto" ? await recommendedShardCount(config) : config.shardCount;
  } catch (error) {
    logger.fatal({ event: "start-failed" }, error instanceof Error ? error.message : String(error));
    return exit(logger, 1);
  }
  manager = new ShardingManager(SHARD_FILE, {
    totalShards,
    token: config.discordToken,
    mode: "process",
    execArgv: ["--import", "tsx"],
    respawn: false,
  });
  logger.info({ event: "sharding", shards: totalShards }, `starting ${totalShards} shards`);

  // One shard at a time, each after the previous is ready and the delay has passed: every
  // shard process identifies on its own, and Discord allows one IDENTIFY per 5 s.
  for (let id = 0; id < totalShards && !stopping; id += 1) {
    const shard = manager.createShard(id);
    shard.on("death", () => {
      if (stopping) return;
      logger.error({ event: "shard-died", shard: id }, `shard ${id} exited on its own`);
      stopAll(`shard ${id} exited`, 1);
    });
    try {
      await shard.spawn(SHARD_READY_TIMEOUT_MS);
    } catch (error) {
      if (stopping) return;
      const message = error instanceof Error ? error.message : String(error);
      logger.fatal({ event: "start-failed", shard: id }, `shard ${id} did not start: ${message}`);
      stopAll(`shard ${id} failed`, 1);
      return;
    }
    logger.info({ event: "shard-ready", shard: id }, `shard ${id} of ${totalShards} is ready`);
    if (id < totalShards - 1) await sleep(config.shardSpawnDelayMs);
  }
  if (!stopping) {
    logger.info({ event: "ready", shards: totalShards }, `all ${totalShards} shards are ready`);
  }
}

/**
 * discord.js's own `fetchRecommendedShardCount` always asks discord.com, so the count is read
 * from GET /gateway/bot here, through DISCORD_API_BASE when it is set.
 */
async function recommendedShardCount(config: BotConfig): Promise<number> {
  const rest = new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(
    config.discordToken,
  );
  try {
    const { shards } = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return Math.max(1, shards);
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401) {
      throw new Error(
        "Discord rejected the bot token (DISCORD_TOKEN): reset it in the Developer Portal (Bot → Reset Token) and update .env",
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `could not ask ${config.apiBase ?? "Discord"} for the shard count: ${message} (or set SHARD_COUNT)`,
    );
  }
}

/** Passes SIGTERM on (the shard drains like `npm start`) and resolves with its exit code. */
async function stopShard(shard: Shard): Promise<number | null> {
  const child = shard.process;
  if (!child) return 0;
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = once(child, "exit").then(([code]) => code as number | null);
  child.kill("SIGTERM");
  return exited;
}

/** Logs are written synchronously, so exiting at once loses nothing. */
function exit(logger: Logger, code: number): never {
  logger.flush();
  process.exit(code);
}

void main();
