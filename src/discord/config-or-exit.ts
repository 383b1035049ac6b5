import { type BotConfig, ConfigError, readBotConfig } from "../config/bot-config.js";
import { loadEnvFile } from "../config/env-file.js";

/** How the bot names itself in the one line it prints before a logger exists. */
export const PROCESS_NAME = "newsdesk-bot";

/**
 * Reads `.env` and the environment, or exits 1 with one plain line on stderr naming what is
 * wrong. There is no logger yet: its level is part of what may have failed.
 */
export function configOrExit(): BotConfig {
  try {
    loadEnvFile();
    return readBotConfig(process.env);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `${PROCESS_NAME}: ${error instanceof ConfigError ? "" : "config error: "}${message}\n`,
    );
    process.exit(1);
  }
}
