import { createRequire } from "node:module";
import pino, { type LevelWithSilent, type Logger } from "pino";

export type { Logger };

/** Where log lines go: anything with a synchronous `write`, like `process.stdout`. */
export interface LogSink {
  write(line: string): unknown;
}

export interface LoggerOptions {
  level: LevelWithSilent;
  /** Strings that must never appear in a log line (the bot token); each is replaced. */
  secrets?: readonly string[];
  /** Default `process.stdout`. */
  sink?: LogSink;
  /**
   * Human-readable lines (pino-pretty) instead of JSON. Default: pretty only in development on
   * a terminal, i.e. when NODE_ENV is not "production" and standard output is a TTY.
   */
  pretty?: boolean;
}

export const REDACTED = "[redacted]";

/**
 * Fields that hold credentials wherever they appear in a logged object. The secrets scrub
 * below catches the token anywhere else (an error message, a stack, a URL).
 */
const REDACT_PATHS = [
  "token",
  "*.token",
  "discordToken",
  "*.discordToken",
  "config.discordToken",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "req.headers.authorization",
];

/**
 * The bot's one logger: pino, JSON lines in production and pretty lines in development.
 * Every line passes through a scrub that replaces each secret with "[redacted]", after
 * serialisation, so no path, message, error or stack can leak the token.
 *
 * @example
 * const logger = createLogger({ level: "info", secrets: [config.discordToken] });
 * logger.info({ event: "ready", tag: "newsdesk#0001" }, "ready");
 */
export function createLogger(options: LoggerOptions): Logger {
  const sink = options.sink ?? process.stdout;
  const usePretty =
    options.pretty ?? (process.env.NODE_ENV !== "production" && Boolean(process.stdout.isTTY));
  const format = usePretty ? loadPrettifier() : null;
  const scrub = secretScrubber(options.secrets ?? []);
  const destination = {
    write(line: string) {
      sink.write(scrub(format ? format(line) : line));
    },
  };
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}

/** Replaces every occurrence of each secret; secrets shorter than 8 characters are ignored. */
export function secretScrubber(secrets: readonly string[]): (text: string) => string {
  const real = [...new Set(secrets)].filter((secret) => secret.length >= 8);
  if (real.length === 0) return (text) => text;
  return (text) => {
    let clean = text;
    for (const secret of real) clean = clean.replaceAll(secret, REDACTED);
    return clean;
  };
}

/**
 * pino-pretty's formatter, used in-process so lines stay synchronous and pass the scrub. It is
 * a development dependency: when a production install lacks it, logs stay JSON.
 */
function loadPrettifier(): ((line: string) => string) | null {
  try {
    const require = createRequire(import.meta.url);
    const pretty = require("pino-pretty") as {
      prettyFactory(options: Record<string, unknown>): (line: string) => string;
    };
    return pretty.prettyFactory({
      colorize: true,
      translateTime: "SYS:HH:MM:ss",
      ignore: "pid,hostname",
    });
  } catch {
    return null;
  }
}
