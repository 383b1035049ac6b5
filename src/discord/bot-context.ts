import type { BotConfig } from "../config/bot-config.js";
import type { Engine } from "../engine.js";
import type { Logger } from "../log/logger.js";
import type { FeedbackLedger } from "./feedback-ledger.js";

/** What handlers may use: the engine, the logger and the bot's own small state. */
export interface BotContext {
  engine: Engine;
  logger: Logger;
  config: BotConfig;
  feedback: FeedbackLedger;
  /** Names and descriptions of the registered commands, for `/help`. */
  commandList(): Array<{ name: string; description: string }>;
}
