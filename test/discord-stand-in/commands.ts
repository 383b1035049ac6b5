import {
  type APIApplicationCommand,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
} from "discord.js";
import { apiErrors, invalidFormBody, isRecord } from "./http.js";
import { snowflake } from "./ids.js";
import type { Route, RouteContext } from "./router.js";

const GLOBAL = "global";
/** Discord's rule for chat-input command and option names (they must also be lower case). */
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_OPTIONS = 25;
const MAX_CHAT_INPUT_COMMANDS = 100;

function checkName(name: unknown, path: string[], chatInput: boolean): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 32) {
    throw invalidFormBody(
      [...path, "name"],
      "BASE_TYPE_BAD_LENGTH",
      "Must be between 1 and 32 in length.",
    );
  }
  if (chatInput && (!CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase())) {
    throw invalidFormBody(
      [...path, "name"],
      "APPLICATION_COMMAND_INVALID_NAME",
      `Command name is invalid: ${JSON.stringify(name)}`,
    );
  }
  return name;
}

function checkDescription(description: unknown, path: string[]): void {
  if (typeof description !== "string" || description.length < 1 || description.length > 100) {
    throw invalidFormBody(
      [...path, "description"],
      "BASE_TYPE_BAD_LENGTH",
      "Must be between 1 and 100 in length.",
    );
  }
}

function checkOptions(options: unknown, path: string[]): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options) || options.length > MAX_OPTIONS) {
    throw invalidFormBody(
      path,
      "BASE_TYPE_MAX_LENGTH",
      `Must be ${MAX_OPTIONS} or fewer in length.`,
    );
  }
  const seen = new Set<string>();
  let optionalSeen = false;
  options.forEach((option: unknown, index) => {
    const at = [...path, String(index)];
    if (!isRecord(option)) throw invalidFormBody(at, "DICT_TYPE_CONVERT", "Must be an object.");
    const name = checkName(option.name, at, true);
    checkDescription(option.description, at);
    if (seen.has(name)) {
      throw invalidFormBody(
        at,
        "APPLICATION_COMMAND_OPTION_NAME_NOT_UNIQUE",
        "Option names must be unique",
      );
    }
    seen.add(name);
    const nested =
      option.type === ApplicationCommandOptionType.Subcommand ||
      option.type === ApplicationCommandOptionType.SubcommandGroup;
    if (nested) {
      checkOptions(option.options, [...at, "options"]);
      return;
    }
    if (option.required === true && optionalSeen) {
      throw invalidFormBody(
        at,
        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
        "Required options must be placed before non-required options",
      );
    }
    if (option.required !== true) optionalSeen = true;
    const choices = option.choices;
    if (Array.isArray(choices) && choices.length > MAX_OPTIONS) {
      throw invalidFormBody(
        [...at, "choices"],
        "BASE_TYPE_MAX_LENGTH",
        "Must be 25 or fewer in length.",
      );
    }
    if (option.autocomplete === true && Array.isArray(choices) && choices.length > 0) {
      throw invalidFormBody(
        [...at, "autocomplete"],
        "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
        "Autocomplete cannot be set with choices",
      );
    }
  });
}

/** Stores commands per scope (a guild id or global) with the bulk-overwrite semantics of PUT. */
export class CommandStore {
  readonly #scopes = new Map<string, APIApplicationCommand[]>();

  constructor(
    private readonly applicationId: string,
    private readonly guildIds: ReadonlySet<string>,
  ) {}

  list(guildId?: string | null): APIApplicationCommand[] {
    return [...(this.#scopes.get(guildId ?? GLOBAL) ?? [])];
  }

  /** The command an interaction would invoke: a guild command shadows a global one. */
  find(name: string, guildId: string | null): APIApplicationCommand | undefined {
    const inGuild = guildId
      ? this.list(guildId).find((command) => command.name === name)
      : undefined;
    return inGuild ?? this.list(null).find((command) => command.name === name);
  }

  #scope(guildId: string | undefined): string {
    if (guildId !== undefined && !this.guildIds.has(guildId)) throw apiErrors.missingAccess();
    return guildId ?? GLOBAL;
  }

  #build(
    body: unknown,
    path: string[],
    guildId: string | undefined,
    id?: string,
  ): APIApplicationCommand {
    if (!isRecord(body)) throw invalidFormBody(path, "DICT_TYPE_CONVERT", "Must be an object.");
    const type = typeof body.type === "number" ? body.type : ApplicationCommandType.ChatInput;
    const chatInput = type === ApplicationCommandType.ChatInput;
    const name = checkName(body.name, path, chatInput);
    if (chatInput) checkDescription(body.description, path);
    checkOptions(body.options, [...path, "options"]);
    const command = body as Partial<APIApplicationCommand>;
    return {
      ...command,
      id: id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type,
      name,
      name_localizations: command.name_localizations ?? null,
      description: chatInput ? (command.description ?? "") : "",
      description_localizations: command.description_localizations ?? null,
      default_member_permissions: command.default_member_permissions ?? null,
      nsfw: command.nsfw ?? false,
      integration_types: command.integration_types ?? [ApplicationIntegrationType.GuildInstall],
      contexts: command.contexts ?? null,
      ...(guildId ? { guild_id: guildId } : { dm_permission: command.dm_permission ?? true }),
    };
  }

  overwrite(guildId: string | undefined, body: unknown): APIApplicationCommand[] {
    const scope = this.#scope(guildId);
    if (!Array.isArray(body)) throw invalidFormBody([], "BASE_TYPE_ARRAY", "Must be an array.");
    if (body.length > MAX_CHAT_INPUT_COMMANDS) {
      throw invalidFormBody([], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
    }
    const previous = this.list(guildId);
    const commands = body.map((item: unknown, index) => {
      const draft = this.#build(item, [String(index)], guildId);
      // Bulk overwrite keeps the id of a command with the same name and type.
      const kept = previous.find((old) => old.name === draft.name && old.type === draft.type);
      return kept ? { ...draft, id: kept.id } : draft;
    });
    this.#scopes.set(scope, commands);
    return commands;
  }

  create(
    guildId: string | undefined,
    body: unknown,
  ): { command: APIApplicationCommand; created: boolean } {
    const scope = this.#scope(guildId);
    const draft = this.#build(body, [], guildId);
    const commands = this.list(guildId);
    const existing = commands.find((old) => old.name === draft.name && old.type === draft.type);
    const command = existing ? { ...draft, id: existing.id } : draft;
    this.#scopes.set(scope, [...commands.filter((old) => old !== existing), command]);
    return { command, created: !existing };
  }

  get(guildId: string | undefined, id: string): APIApplicationCommand {
    this.#scope(guildId);
    const command = this.list(guildId).find((candidate) => candidate.id === id);
    if (!command) throw apiErrors.unknownCommand();
    return command;
  }

  edit(guildId: string | undefined, id: string, body: unknown): APIApplicationCommand {
    const current = this.get(guildId, id);
    const patch = isRecord(body) ? body : {};
    const command = this.#build({ ...current, ...patch }, [], guildId, id);
    this.#scopes.set(
      this.#scope(guildId),
      this.list(guildId).map((old) => (old.id === id ? command : old)),
    );
    return command;
  }

  delete(guildId: string | undefined, id: string): void {
    this.get(guildId, id);
    this.#scopes.set(
      this.#scope(guildId),
      this.list(guildId).filter((old) => old.id !== id),
    );
  }
}

/** REST routes for global and guild commands (`/applications/{app}[/guilds/{guild}]/commands`). */
export function commandRoutes(store: CommandStore, applicationId: string): Route[] {
  const checkApp = (ctx: RouteContext): string | undefined => {
    if (ctx.params.app !== applicationId) throw apiErrors.unknownApplication();
    return ctx.params.guild;
  };
  const routes: Route[] = [];
  for (const base of ["/applications/:app/commands", "/applications/:app/guilds/:guild/commands"]) {
    const scope = base.includes(":guild") ? "guild" : "global";
    const item = `${base}/:command`;
    const command = (ctx: RouteContext): string => ctx.params.command ?? "";
    routes.push(
      {
        name: `list ${scope} commands`,
        method: "GET",
        pattern: base,
        auth: "bot",
        handle: (ctx) => ({ status: 200, body: store.list(checkApp(ctx)) }),
      },
      {
        name: `overwrite ${scope} commands`,
        method: "PUT",
        pattern: base,
        auth: "bot",
        handle: (ctx) => ({ status: 200, body: store.overwrite(checkApp(ctx), ctx.body) }),
      },
      {
        name: `create ${scope} command`,
        method: "POST",
        pattern: base,
        auth: "bot",
        handle: (ctx) => {
          const { command: created, created: isNew } = store.create(checkApp(ctx), ctx.body);
          return { status: isNew ? 201 : 200, body: created };
        },
      },
      {
        name: `get ${scope} command`,
        method: "GET",
        pattern: item,
        auth: "bot",
        handle: (ctx) => ({ status: 200, body: store.get(checkApp(ctx), command(ctx)) }),
      },
      {
        name: `edit ${scope} command`,
        method: "PATCH",
        pattern: item,
        auth: "bot",
        handle: (ctx) => ({ status: 200, body: store.edit(checkApp(ctx), command(ctx), ctx.body) }),
      },
      {
        name: `delete ${scope} command`,
        method: "DELETE",
        pattern: item,
        auth: "bot",
        handle: (ctx) => {
          store.delete(checkApp(ctx), command(ctx));
          return { status: 204 };
        },
      },
    );
  }
  return routes;
}
