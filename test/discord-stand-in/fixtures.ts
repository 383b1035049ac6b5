import {
  type APIGuildMember,
  type APIGuildTextChannel,
  type APIInteractionGuildMember,
  type APIRole,
  type APIUser,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
} from "discord.js";
import { isoNow, snowflake } from "./ids.js";
import type { BotUserOptions, GuildOptions, StandInGuild } from "./types.js";

/** Discord sends 0 for "no flags"; the flag enums have no zero member, hence the one cast. */
export function noFlags<T extends number>(): T {
  return 0 as T;
}

/** Every permission bit: the stand-in never refuses for lack of permissions. */
export const ALL_PERMISSIONS = Object.values(PermissionFlagsBits)
  .reduce((all, bit) => all | bit, 0n)
  .toString();

export function makeUser(partial: Partial<APIUser> & { id: string; username: string }): APIUser {
  return {
    discriminator: "0",
    global_name: null,
    avatar: null,
    public_flags: noFlags(),
    flags: noFlags(),
    ...partial,
  };
}

export function makeBotUser(options: BotUserOptions = {}): APIUser {
  return makeUser({
    id: options.id ?? snowflake(),
    username: options.username ?? "stand-in-bot",
    discriminator: options.discriminator ?? "0",
    global_name: options.globalName ?? null,
    bot: true,
    verified: true,
    mfa_enabled: false,
  });
}

export function resolveGuilds(options: GuildOptions[] | undefined): StandInGuild[] {
  const configured = options ?? [{}];
  return configured.map((guild, index) => ({
    id: guild.id ?? snowflake(),
    name: guild.name ?? (index === 0 ? "Stand-in Guild" : `Stand-in Guild ${index + 1}`),
    locale: guild.locale ?? Locale.EnglishUS,
    channels: (guild.channels ?? [{}]).map((channel, position) => ({
      id: channel.id ?? snowflake(),
      name: channel.name ?? (position === 0 ? "general" : `channel-${position + 1}`),
    })),
  }));
}

export function textChannel(
  guild: StandInGuild,
  channelId: string,
  position = 0,
): APIGuildTextChannel<ChannelType.GuildText> {
  const name = guild.channels.find((channel) => channel.id === channelId)?.name ?? "unknown";
  return {
    id: channelId,
    type: ChannelType.GuildText,
    guild_id: guild.id,
    name,
    position,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: [],
    flags: noFlags(),
  };
}

function everyoneRole(guildId: string): APIRole {
  return {
    id: guildId, // Discord gives @everyone the guild's id.
    name: "@everyone",
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position: 0,
    permissions: ALL_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: noFlags(),
  };
}

export function guildMember(user: APIUser): APIGuildMember & { user: APIUser } {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: isoNow(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: noFlags(),
    pending: false,
    communication_disabled_until: null,
  };
}

export function interactionMember(user: APIUser, permissions: string): APIInteractionGuildMember {
  return { ...guildMember(user), permissions };
}

/**
 * READY lists guilds as unavailable; discord.js then waits for one GUILD_CREATE per guild
 * (or `waitGuildTimeout`, 15 s) before emitting `clientReady`.
 */
export function readyPayload(input: {
  botUser: APIUser;
  applicationId: string;
  guilds: StandInGuild[];
  sessionId: string;
  resumeUrl: string;
  shard: [number, number];
}): GatewayReadyDispatchData {
  return {
    v: 10,
    user: input.botUser,
    guilds: input.guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: input.sessionId,
    resume_gateway_url: input.resumeUrl,
    shard: input.shard,
    application: { id: input.applicationId, flags: noFlags(), flags_new: "0" },
  };
}

export function guildCreatePayload(
  guild: StandInGuild,
  botUser: APIUser,
): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: botUser.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [everyoneRole(guild.id)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.locale,
    nsfw_level: GuildNSFWLevel.Default,
    hub_type: null,
    incidents_data: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    joined_at: isoNow(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [guildMember(botUser)],
    channels: guild.channels.map((channel, position) => textChannel(guild, channel.id, position)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
