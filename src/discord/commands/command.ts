import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { AutocompleteChoice } from "../../render/discord/index.js";
import type { BotContext } from "../bot-context.js";
import type { Outcome } from "../outcome.js";

/**
 * How a command acknowledges: "always" defers at once (the engine may be slow on a large
 * corpus, and Discord drops interactions not acknowledged within 3 s); "never" replies
 * directly because its work is instant.
 */
export type DeferPolicy = "always" | "never";

/**
 * One slash command, after discord.js's `create-discord-bot` template: its builder data, its
 * handler and how it defers. The handler returns what to show; the router sends it.
 */
export interface SlashCommand {
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  defer: DeferPolicy;
  /** Counts towards the per-user cooldown. */
  cooldown?: boolean;
  /**
   * Whether the reply is private. Read before deferring: a deferred reply's visibility is
   * fixed by the defer.
   */
  ephemeral?(interaction: ChatInputCommandInteraction): boolean;
  /**
   * Checks the input before anything is sent, so a bad one gets a private message instead of
   * a public "thinking…". Throws QuestionError with what to do instead.
   */
  validate?(interaction: ChatInputCommandInteraction, context: BotContext): void;
  execute(
    interaction: ChatInputCommandInteraction,
    context: BotContext,
  ): Outcome | Promise<Outcome>;
  /** Choices for the option being typed; at most 25 of at most 100 characters. */
  autocomplete?(
    interaction: AutocompleteInteraction,
    context: BotContext,
  ): AutocompleteChoice[] | Promise<AutocompleteChoice[]>;
}
