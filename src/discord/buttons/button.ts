import type { ButtonInteraction } from "discord.js";
import type { ButtonAction } from "../../render/discord/index.js";
import type { BotContext } from "../bot-context.js";
import type { DeferPolicy } from "../commands/command.js";
import type { Outcome } from "../outcome.js";

export type ButtonKind = ButtonAction["kind"];

/**
 * Handles one kind of button. All state comes from the custom id (`action`) and the message
 * the button is on; when it cannot be recovered the handler returns the "expired" notice.
 */
export interface ButtonHandler<K extends ButtonKind = ButtonKind> {
  kind: K;
  /** "update" edits the message the button is on; "reply" answers privately. */
  mode: Outcome["mode"];
  defer: DeferPolicy;
  handle(
    interaction: ButtonInteraction,
    action: Extract<ButtonAction, { kind: K }>,
    context: BotContext,
  ): Outcome | Promise<Outcome>;
}
