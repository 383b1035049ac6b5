import {
  Client,
  type ClientOptions,
  type CloseEvent,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
} from "discord.js";
import { prepareAutocomplete } from "../answer/autocomplete.js";
import type { BotConfig } from "../config/bot-config.js";
import { type Engine, loadEngine, warmUpForServing } from "../engine.js";
import { createLogger, type Logger } from "../log/logger.js";
import type { BotContext } from "./bot-context.js";
import { COMMANDS, CommandRegistry, type SlashCommand } from "./commands/index.js";
import { Cooldown } from "./cooldown.js";
import { FeedbackLedger } from "./feedback-ledger.js";
import { HEALTH_HOST, type HealthServer, startHealthServer } from "./health-server.js";
import { createInteractionRouter } from "./interaction-router.js";

export interface StartBotOptions {
  /** Default: a logger at `config.logLevel` that redacts the token. */
  logger?: Logger;
  /** An engine already loaded (tests share one); default: load `config.corpusDir`. */
  engine?: Engine;
  /** Commands beyond the shipped ones, for this bot only (tests register failing ones here). */
  extraCommands?: readonly SlashCommand[];
  /**
   * Called when Discord closes the gateway for good after start-up (the token was revoked,
   * 4004): discord.js then stays "ready" but never reconnects. Default: stop the bot.
   */
  onFatal?: (error: BotStartError) => void;
  /** How long `stop()` waits for interactions in flight; default {@link DRAIN_TIMEOUT_MS}. */
  drainTimeoutMs?: number;
}

export interface RunningBot {
  client: Client;
  engine: Engine;
  logger: Logger;
  /** The port `GET /health` listens on (127.0.0.1), or `null` when HEALTH_PORT is unset. */
  healthPort: number | null;
  /**
   * Stops routing new interactions, lets those in flight finish (at most `drainTimeoutMs`),
   * then closes the health endpoint and the gateway connection cleanly. Idempotent: every
   * call resolves when the one shutdown is done.
   */
  stop(): Promise<void>;
}

/** Start-up failed in a way the user can fix; the message says how, in one line, without secrets. */
export class BotStartError extends Error {
  override name = "BotStartError";
}

/**
 * Webhook edits and follow-ups share one client-side "global" limit, 50/s by default, yet
 * Discord exempts interaction endpoints from its global rate limit, and this bot calls no
 * other route but `GET /gateway/bot`. Per-route 429s are still honoured.
 */
const GLOBAL_REQUESTS_PER_SECOND = 10_000;

/**
 * Each interaction's webhook gets a rate-limit handler of its own (its token is part of the
 * route), and discord.js sweeps idle handlers only hourly: a busy bot would hold an hour of
 * them, about 1 KB each (the soak test found it). An idle handler costs nothing to recreate.
 */
const REST_HANDLER_SWEEP_MS = 10_000;

/** Close codes after which discord.js gives up for good, and what the user should do. */
const FATAL_CLOSES: ReadonlyMap<number, string> = new Map([
  [
    GatewayCloseCodes.AuthenticationFailed,
    "Discord rejected the bot token (DISCORD_TOKEN): reset it in the Developer Portal (Bot → Reset Token) and update .env",
  ],
  [GatewayCloseCodes.InvalidShard, "Discord refused the shard configuration"],
  [GatewayCloseCodes.ShardingRequired, "Discord requires sharding for this many servers"],
  [GatewayCloseCodes.InvalidAPIVersion, "Discord refused the gateway API version"],
  [GatewayCloseCodes.InvalidIntents, "Discord refused the gateway intents"],
  [
    GatewayCloseCodes.DisallowedIntents,
    "Discord refused a privileged intent: enable it in the Developer Portal or remove it",
  ],
]);

/** How long a shutdown waits for interactions in flight; an answer takes well under a second. */
export const DRAIN_TIMEOUT_MS = 10_000;

const TOKEN_REJECTED = FATAL_CLOSES.get(GatewayCloseCodes.AuthenticationFailed) ?? "";

/**
 * Loads the corpus, logs in and resolves once the client is ready. The one entry point both
 * `npm start` and the end-to-end tests use.
 *
 * @throws CorpusError for a broken corpus; BotStartError when Discord rejects the token or
 *   cannot be reached.
 */
export async function startBot(
  config: BotConfig,
  options: StartBotOptions = {},
): Promise<RunningBot> {
  const logger =
    options.logger ?? createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  const engine =
    options.engine ??
    (await loadEngine(config.corpusDir, { cacheDir: config.indexCacheDir, suggestions: true }));
  warmUpForServing();
  const startedAt = performance.now();
  // Saved with the index snapshot, so only a start that builds the index derives them.
  const suggestions = prepareAutocomplete(engine.index, engine.suggestions ?? undefined);
  logger.info(
    {
      event: "corpus",
      articles: engine.corpus.articles.length,
      passages: engine.index.passages.length,
      suggestions,
      prepareMs: Math.round(performance.now() - startedAt),
    },
    `corpus loaded: ${engine.corpus.articles.length} articles, ${engine.index.passages.length} passages`,
  );

  const registry = new CommandRegistry([...COMMANDS, ...(options.extraCommands ?? [])]);
  const client = new Client(clientOptions(config));
  const context: BotContext = {
    engine,
    logger,
    config,
    feedback: new FeedbackLedger(),
    commandList: () => registry.list(),
  };
  const route = createInteractionRouter({
    registry,
    context,
    cooldown: new Cooldown(config.cooldown),
  });
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  client.on(Events.Error, (error) =>
    logger.error({ err: error }, `discord.js error: ${error.message}`),
  );
  client.on(Events.Warn, (message) => logger.warn({ event: "discord-warn" }, message));
  if (logger.isLevelEnabled("trace")) {
    client.on(Events.Debug, (message) => logger.trace({ event: "discord-debug" }, message));
  }
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info(
      { event: "resumed", shard, replayed },
      `gateway resumed, ${replayed} events replayed`,
    ),
  );

  let health: HealthServer | undefined;
  let stopping: Promise<void> | undefined;
  const shutDown = async () => {
    const inFlight = route.inFlight();
    if (inFlight > 0) {
      logger.info({ event: "draining", inFlight }, `finishing ${inFlight} interactions in flight`);
    }
    const drainTimeoutMs = options.drainTimeoutMs ?? DRAIN_TIMEOUT_MS;
    if (!(await route.drain(drainTimeoutMs))) {
      logger.warn(
        { event: "drain-timeout", inFlight: route.inFlight() },
        `stopping with ${route.inFlight()} interactions unfinished after ${drainTimeoutMs} ms`,
      );
    }
    await health?.close();
    await client.destroy();
    logger.info({ event: "stopped" }, "disconnected from Discord");
  };
  const stop = () => {
    stopping ??= shutDown();
    return stopping;
  };
  const bot: RunningBot = {
    client,
    // The engine serving now: `/reload` swaps it in the context.
    get engine() {
      return context.engine;
    },
    logger,
    get healthPort() {
      return health?.port ?? null;
    },
    stop,
  };

  // A fatal close before ready fails the start; after it, it is reported through onFatal.
  let failStart: (error: BotStartError) => void = () => {};
  const startFailed = new Promise<never>((_, reject) => {
    failStart = reject;
  });
  let started = false;
  client.on(Events.ShardDisconnect, (event: CloseEvent, shard: number) => {
    const reason = FATAL_CLOSES.get(event.code);
    if (!reason) {
      logger.warn(
        { event: "disconnected", shard, code: event.code },
        `gateway closed (${event.code})`,
      );
      return;
    }
    const error = new BotStartError(`${reason} (gateway close ${event.code})`);
    if (!started) return failStart(error);
    logger.fatal({ event: "gateway-closed", shard, code: event.code }, error.message);
    void stop();
    options.onFatal?.(error);
  });

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    // Up before login, so a supervisor sees "degraded" rather than nothing while it connects.
    if (config.healthPort !== null) {
      health = await startHealthServer(config.healthPort, {
        client,
        engine: () => context.engine,
      }).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        throw new BotStartError(`HEALTH_PORT ${config.healthPort}: ${message}`);
      });
      logger.info(
        { event: "health", host: HEALTH_HOST, port: health.port },
        `health endpoint on http://${HEALTH_HOST}:${health.port}/health`,
      );
    }
    await Promise.race([client.login(config.discordToken).then(() => ready), startFailed]);
  } catch (error) {
    await health?.close();
    await client.destroy();
    throw startError(error, config);
  }
  started = true;
  const tag = client.user?.tag ?? "unknown";
  const guilds = client.guilds.cache.size;
  logger.info(
    { event: "ready", tag, guilds },
    `ready: logged in as ${tag}, in ${guilds} ${guilds === 1 ? "server" : "servers"}`,
  );
  return bot;
}

/** The discord.js client options the bot runs with; the burst benchmark's bare client shares them. */
export function clientOptions(config: Pick<BotConfig, "apiBase">): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds],
    rest: {
      ...(config.apiBase ? { api: config.apiBase } : {}),
      globalRequestsPerSecond: GLOBAL_REQUESTS_PER_SECOND,
      handlerSweepInterval: REST_HANDLER_SWEEP_MS,
    },
  };
}

/** Turns what login threw into one line a user can act on; never includes the token. */
function startError(error: unknown, config: BotConfig): Error {
  if (error instanceof BotStartError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "TokenInvalid" || /authentication failed|invalid token|401/i.test(message)) {
    return new BotStartError(TOKEN_REJECTED);
  }
  const where = config.apiBase ?? "Discord";
  return new BotStartError(`could not connect to ${where}: ${message}`);
}
