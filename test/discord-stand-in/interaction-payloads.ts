import {
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIBaseInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIMessageComponentInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
} from "discord.js";
import { ALL_PERMISSIONS, interactionMember, makeUser, textChannel } from "./fixtures.js";
import { interactionToken, snowflake } from "./ids.js";
import type { StandInGuild } from "./types.js";

/** Who invokes the interaction and where. Everything defaults to a plausible guild member. */
export interface InvokerOptions {
  /** Merged over the stand-in's default user ("tester"). */
  user?: Partial<APIUser>;
  /** Default: the first configured guild. `null` makes it a DM interaction (no guild, no member). */
  guildId?: string | null;
  /** Default: the guild's first channel. */
  channelId?: string;
  /** `Locale.French` or plain `"fr"`. Default en-US. */
  locale?: Locale | `${Locale}`;
  /** Member permissions bitfield (string); default all permissions. */
  memberPermissions?: string;
  appPermissions?: string;
}

/** Shorthand for top-level options: `{ query: "rust", limit: 3 }`. */
export type OptionValues = Record<string, string | number | boolean>;

export interface CommandDispatch extends InvokerOptions {
  name: string;
  /** Raw Discord options (needed for subcommands) or the shorthand record. */
  options?: APIApplicationCommandInteractionDataOption[] | OptionValues;
  /** Default: the id of the registered command with that name, else a stable generated id. */
  commandId?: string;
  resolved?: APIInteractionDataResolved;
}

export interface AutocompleteDispatch extends InvokerOptions {
  name: string;
  /** Raw options (one with `focused: true`) or the shorthand record. */
  options: APIApplicationCommandInteractionDataOption[] | OptionValues;
  /** With the shorthand: which option the user is typing in (default: the last one). */
  focused?: string;
  commandId?: string;
}

export interface ComponentDispatch extends InvokerOptions {
  customId: string;
  /** The message the component sits on, e.g. `discord.originalMessage(token)`. */
  message: APIMessage;
}

export interface SelectDispatch extends ComponentDispatch {
  values: string[];
}

export interface PayloadContext {
  applicationId: string;
  guilds: StandInGuild[];
  defaultUser: APIUser;
  findCommand(name: string, guildId: string | null): APIApplicationCommand | undefined;
  /** Ids for commands that were never registered, stable per name so tests can compare. */
  unregisteredCommandId(name: string): string;
}

type BaseFields = APIBaseInteraction<InteractionType, unknown>;
type Envelope = Omit<BaseFields, "type" | "data" | "message"> &
  Required<Pick<BaseFields, "channel" | "channel_id">>;

/** The fields every interaction carries; discord.js throws in its handler if required ones miss. */
function envelope(
  ctx: PayloadContext,
  options: InvokerOptions,
  fallbackChannel?: string,
): Envelope {
  const user = makeUser({ ...ctx.defaultUser, ...options.user });
  // Every `${Locale}` string is a Locale member value; TypeScript just cannot see that.
  const locale = (options.locale ?? Locale.EnglishUS) as Locale;
  const common = {
    id: snowflake(),
    application_id: ctx.applicationId,
    token: interactionToken(),
    version: 1 as const,
    app_permissions: options.appPermissions ?? ALL_PERMISSIONS,
    locale,
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (options.guildId === null) {
    const channelId = options.channelId ?? fallbackChannel ?? snowflake();
    return {
      ...common,
      user,
      channel: { id: channelId, type: ChannelType.DM, recipients: [user] },
      channel_id: channelId,
      context: InteractionContextType.BotDM,
      // "0" = guild install; in a bot DM Discord reports the owner as "0".
      authorizing_integration_owners: { 0: "0" },
    };
  }
  const guild = options.guildId
    ? ctx.guilds.find((candidate) => candidate.id === options.guildId)
    : ctx.guilds[0];
  if (!guild) {
    throw new Error(
      options.guildId
        ? `Unknown guild ${options.guildId}: configure it in startDiscordStandIn({ guilds })`
        : "No guild configured: pass guildId: null for a DM interaction",
    );
  }
  const channelId = options.channelId ?? fallbackChannel ?? guild.channels[0]?.id ?? snowflake();
  return {
    ...common,
    guild_id: guild.id,
    guild: { id: guild.id, features: [], locale: guild.locale },
    guild_locale: guild.locale,
    member: interactionMember(user, options.memberPermissions ?? ALL_PERMISSIONS),
    channel: textChannel(guild, channelId),
    channel_id: channelId,
    context: InteractionContextType.Guild,
    authorizing_integration_owners: { 0: guild.id },
  };
}

function inferType(value: string | number | boolean): ApplicationCommandOptionType {
  if (typeof value === "boolean") return ApplicationCommandOptionType.Boolean;
  if (typeof value === "number") {
    return Number.isInteger(value)
      ? ApplicationCommandOptionType.Integer
      : ApplicationCommandOptionType.Number;
  }
  return ApplicationCommandOptionType.String;
}

function basicOption(
  name: string,
  type: ApplicationCommandOptionType,
  value: string | number | boolean,
  focused: boolean,
): APIApplicationCommandInteractionDataBasicOption {
  const focus = focused ? { focused: true } : {};
  switch (type) {
    case ApplicationCommandOptionType.Boolean:
      return { name, type, value: Boolean(value) };
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      // While typing, Discord sends the focused value as the raw (string) input.
      return { name, type, value: focused ? String(value) : Number(value), ...focus };
    default:
      return { name, type: ApplicationCommandOptionType.String, value: String(value), ...focus };
  }
}

/**
 * Expands the shorthand using the registered command's option types where known. For
 * autocomplete, `focused` names the option being typed in (default: the last one).
 */
function expandOptions(
  options: APIApplicationCommandInteractionDataOption[] | OptionValues | undefined,
  command: APIApplicationCommand | undefined,
  autocomplete: { focused?: string } | null,
): APIApplicationCommandInteractionDataOption[] | undefined {
  if (options === undefined || Array.isArray(options)) return options;
  const focusedName = autocomplete ? (autocomplete.focused ?? Object.keys(options).at(-1)) : null;
  return Object.entries(options).map(([name, value]) => {
    const declared = command?.options?.find((option) => option.name === name)?.type;
    return basicOption(name, declared ?? inferType(value), value, name === focusedName);
  });
}

function commandData(ctx: PayloadContext, name: string, guildId: string | null, id?: string) {
  const command = ctx.findCommand(name, guildId);
  return {
    command,
    data: {
      id: id ?? command?.id ?? ctx.unregisteredCommandId(name),
      name,
      type: ApplicationCommandType.ChatInput as const,
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    },
  };
}

export function chatInputPayload(
  ctx: PayloadContext,
  input: CommandDispatch,
): APIChatInputApplicationCommandInteraction {
  const base = envelope(ctx, input);
  const { command, data } = commandData(ctx, input.name, base.guild_id ?? null, input.commandId);
  const options = expandOptions(input.options, command, null);
  return {
    ...base,
    type: InteractionType.ApplicationCommand,
    data: {
      ...data,
      ...(options ? { options } : {}),
      ...(input.resolved ? { resolved: input.resolved } : {}),
    },
  };
}

export function autocompletePayload(
  ctx: PayloadContext,
  input: AutocompleteDispatch,
): APIApplicationCommandAutocompleteInteraction {
  const base = envelope(ctx, input);
  const { command, data } = commandData(ctx, input.name, base.guild_id ?? null, input.commandId);
  const options = expandOptions(input.options, command, { focused: input.focused }) ?? [];
  return {
    ...base,
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { ...data, options },
  };
}

function componentPayload(
  ctx: PayloadContext,
  input: ComponentDispatch,
  data: APIMessageComponentInteraction["data"],
): APIMessageComponentInteraction {
  const base = envelope(ctx, input, input.message.channel_id);
  return {
    ...base,
    type: InteractionType.MessageComponent,
    message: input.message,
    data,
  };
}

export function buttonPayload(
  ctx: PayloadContext,
  input: ComponentDispatch,
): APIMessageComponentInteraction {
  return componentPayload(ctx, input, {
    custom_id: input.customId,
    component_type: ComponentType.Button,
  });
}

export function stringSelectPayload(
  ctx: PayloadContext,
  input: SelectDispatch,
): APIMessageComponentInteraction {
  return componentPayload(ctx, input, {
    custom_id: input.customId,
    component_type: ComponentType.StringSelect,
    values: input.values,
  });
}
