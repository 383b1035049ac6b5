/**
 * `npm start`: reads `.env`, starts the bot and keeps it running until SIGINT or SIGTERM,
 * which stop new work and let the interactions in flight finish (at most 10 s) before exit.
 *
 * Exit codes: 0 after a signal; 1 when the configuration, the corpus or the token is wrong
 * (one line says which and how to fix it, never with a stack trace or the token).
 */
import { createLogger, type Logger } from "../log/logger.js";
import type { RunningBot } from "./bot.js";
import { configOrExit } from "./config-or-exit.js";

async function main(): Promise<void> {
  const config = configOrExit();
  // Under `npm run start:sharded` this process is one shard: discord.js's Client reads SHARDS
  // and SHARD_COUNT from the environment the manager set. Under plain `npm start`,
  // SHARD_COUNT is only the manager's setting ("auto" would even make the Client throw).
  const shard = process.env.SHARDING_MANAGER ? Number(process.env.SHARDS) : null;
  if (shard === null) delete process.env.SHARD_COUNT;
  // Shard processes share a host: a fixed HEALTH_PORT becomes one port per shard from it.
  if (shard !== null && config.healthPort) config.healthPort += shard;
  const rootLogger = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  // Every line of a shard names it, so interleaved output from the shards can be told apart.
  const logger = shard === null ? rootLogger : rootLogger.child({ shard });
  process.on("unhandledRejection", (reason) => {
    logger.error({ err: reason }, "unhandled promise rejection (the bot keeps running)");
  });

  // Listening before start-up, so a signal that arrives while logging in (or right after
  // "ready") still shuts down cleanly. Ctrl-C under `npm start` signals twice: the terminal
  // signals the whole process group and npm forwards its own copy; only the first counts.
  let bot: RunningBot | undefined;
  let stopRequested: NodeJS.Signals | undefined;
  const shutDown = (running: RunningBot, signal: NodeJS.Signals) => {
    logger.info(
      { event: "shutdown", signal },
      `${signal}: finishing the interactions in flight, then closing the gateway connection`,
    );
    running.stop().then(
      () => exit(logger, 0),
      (error: unknown) => {
        logger.error({ err: error }, "could not close cleanly");
        exit(logger, 1);
      },
    );
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopRequested) return;
      stopRequested = signal;
      if (bot) shutDown(bot, signal);
    });
  }

  // Loaded only once the configuration is known good, so a config error is reported at once.
  const [{ BotStartError, startBot }, { CorpusError }] = await Promise.all([
    import("./bot.js"),
    import("../corpus/corpus-error.js"),
  ]);
  try {
    bot = await startBot(config, { logger, onFatal: () => exit(logger, 1) });
  } catch (error) {
    if (error instanceof BotStartError || error instanceof CorpusError) {
      logger.fatal(
        { event: "start-failed" },
        error instanceof CorpusError ? `corpus error: ${error.message}` : error.message,
      );
    } else {
      logger.fatal({ event: "start-failed", err: error }, "could not start");
    }
    return exit(logger, 1);
  }
  if (stopRequested) shutDown(bot, stopRequested);
}

/** Logs are written synchronously, so exiting at once loses nothing. */
function exit(logger: Logger, code: number): never {
  logger.flush();
  process.exit(code);
}

void main();
