import {
  type APIAttachment,
  type APIEmbed,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIUser,
  EmbedType,
  MessageFlags,
  type MessageType,
} from "discord.js";
import { isoNow, snowflake } from "./ids.js";
import type { MessageBody, RecordedFile } from "./types.js";

/** Who is posting and where: interaction responses are webhook messages of the application. */
export interface MessageOrigin {
  channelId: string;
  author: APIUser;
  applicationId: string;
}

export interface NewMessage {
  type: MessageType;
  body: MessageBody;
  files?: RecordedFile[];
  interactionMetadata?: APIMessageInteractionMetadata;
  /** Flags forced on top of the body's (e.g. Loading for a deferred reply). */
  extraFlags?: number;
  /** Reuse an id (the first follow-up after a defer fills the loading message). */
  id?: string;
}

/** Only these flags may be set by a bot on send/edit; Discord silently drops the others. */
const SETTABLE_FLAGS =
  MessageFlags.Ephemeral |
  MessageFlags.SuppressEmbeds |
  MessageFlags.SuppressNotifications |
  MessageFlags.IsComponentsV2;

function normaliseEmbeds(embeds: APIEmbed[] | undefined): APIEmbed[] {
  // Discord reports the embed type on the way back; discord.js's Embed reads it.
  return (embeds ?? []).map((embed) => ({ type: EmbedType.Rich, ...embed }));
}

function cdnUrl(channelId: string, id: string, filename: string): string {
  return `https://cdn.discordapp.com/attachments/${channelId}/${id}/${filename}`;
}

/**
 * Resolves `attachments` like Discord: entries whose id is a number point at an uploaded
 * `files[n]` part; entries with an existing attachment id keep that attachment.
 */
function resolveAttachments(
  channelId: string,
  body: MessageBody,
  files: RecordedFile[],
  existing: APIAttachment[],
): APIAttachment[] {
  const fromFile = (file: RecordedFile, description?: string): APIAttachment => {
    const id = snowflake();
    const url = cdnUrl(channelId, id, file.name);
    return {
      id,
      filename: file.name,
      size: file.size,
      url,
      proxy_url: url.replace("cdn.discordapp.com", "media.discordapp.net"),
      content_type: file.contentType,
      ...(description === undefined ? {} : { description }),
    };
  };
  if (!body.attachments) {
    return [...existing, ...files.map((file) => fromFile(file))];
  }
  const resolved: APIAttachment[] = [];
  for (const entry of body.attachments) {
    const kept = existing.find((attachment) => attachment.id === String(entry.id));
    const file = files.find((candidate) => candidate.field === `files[${entry.id}]`);
    if (kept) resolved.push(kept);
    else if (file) resolved.push(fromFile(file, entry.description));
  }
  return resolved;
}

export function createMessage(origin: MessageOrigin, init: NewMessage): APIMessage {
  const flags = ((init.body.flags ?? 0) & SETTABLE_FLAGS) | (init.extraFlags ?? 0);
  return {
    id: init.id ?? snowflake(),
    channel_id: origin.channelId,
    author: origin.author,
    content: init.body.content ?? "",
    timestamp: isoNow(),
    edited_timestamp: null,
    tts: init.body.tts ?? false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: resolveAttachments(origin.channelId, init.body, init.files ?? [], []),
    embeds: normaliseEmbeds(init.body.embeds),
    components: init.body.components ?? [],
    pinned: false,
    type: init.type,
    flags,
    webhook_id: origin.applicationId,
    application_id: origin.applicationId,
    ...(init.interactionMetadata ? { interaction_metadata: init.interactionMetadata } : {}),
  };
}

/** PATCH semantics: only the fields present in the body change; Loading is cleared by any edit. */
export function editMessage(
  message: APIMessage,
  body: MessageBody,
  files: RecordedFile[] = [],
): APIMessage {
  const keptFlags = (message.flags ?? 0) & ~MessageFlags.Loading;
  const flags =
    body.flags === undefined
      ? keptFlags
      : // Ephemerality is fixed when the message is created; an edit cannot toggle it.
        (keptFlags & MessageFlags.Ephemeral) |
        (body.flags & SETTABLE_FLAGS & ~MessageFlags.Ephemeral);
  const wasLoading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
  return {
    ...message,
    ...(body.content === undefined ? {} : { content: body.content }),
    ...(body.embeds === undefined ? {} : { embeds: normaliseEmbeds(body.embeds) }),
    ...(body.components === undefined ? {} : { components: body.components }),
    attachments:
      body.attachments === undefined && files.length === 0
        ? message.attachments
        : resolveAttachments(message.channel_id, body, files, message.attachments),
    flags,
    // Filling a deferred "thinking…" message does not show as an edit on Discord.
    edited_timestamp: wasLoading ? null : isoNow(),
  };
}
