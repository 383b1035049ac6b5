import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { ask } from "./ask.js";
import type { SlashCommand } from "./command.js";
import { help } from "./help.js";
import { reload } from "./reload.js";
import { search } from "./search.js";
import { sources } from "./sources.js";

export type { DeferPolicy, SlashCommand } from "./command.js";

/** The bot's commands, in the order `/help` lists them. Both the bot and the deploy script read this. */
export const COMMANDS: readonly SlashCommand[] = [ask, search, sources, help, reload];

const DEFER_POLICIES = new Set(["always", "never"]);
/** Discord's rule for chat-input command and option names. */
const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

/** Commands by name, checked when built so a broken command stops the bot at start-up, not mid-chat. */
export class CommandRegistry {
  readonly #byName = new Map<string, SlashCommand>();
  readonly #json: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [];

  constructor(commands: readonly SlashCommand[] = COMMANDS) {
    for (const command of commands) {
      const json = checkedJson(command);
      if (this.#byName.has(json.name)) throw new Error(`two commands are named "${json.name}"`);
      this.#byName.set(json.name, command);
      this.#json.push(json);
    }
  }

  get(name: string): SlashCommand | undefined {
    return this.#byName.get(name);
  }

  /** What Discord stores: the body of `PUT /applications/{id}/commands`. */
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
    return this.#json.map((json) => structuredClone(json));
  }

  list(): Array<{ name: string; description: string }> {
    return this.#json.map(({ name, description }) => ({ name, description }));
  }
}

function checkedJson(command: SlashCommand): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const label = `command "${command?.data?.name ?? "?"}"`;
  if (typeof command?.data?.toJSON !== "function" || typeof command.execute !== "function") {
    throw new Error(`${label} must export data (a SlashCommandBuilder) and execute()`);
  }
  if (!DEFER_POLICIES.has(command.defer)) {
    throw new Error(`${label}: defer must be "always" or "never", got ${String(command.defer)}`);
  }
  // The builders validate lengths and option order themselves when serialising.
  const json = command.data.toJSON();
  if (!NAME.test(json.name))
    throw new Error(`${label}: name must be 1–32 lower-case letters, digits, - or _`);
  const autocompletes = (json.options ?? []).some(
    (option) => "autocomplete" in option && option.autocomplete,
  );
  if (autocompletes && typeof command.autocomplete !== "function") {
    throw new Error(`${label} has an autocomplete option but no autocomplete() handler`);
  }
  return json;
}
