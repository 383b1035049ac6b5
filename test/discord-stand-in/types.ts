import type { IncomingHttpHeaders } from "node:http";
import type {
  APIAllowedMentions,
  APIApplicationCommandOptionChoice,
  APIAttachment,
  APIEmbed,
  APIInteraction,
  APIMessage,
  APIMessageTopLevelComponent,
  InteractionResponseType,
  Locale,
} from "discord.js";

export interface BotUserOptions {
  id?: string;
  username?: string;
  /** "0" (the default) gives the modern tag-less form: `client.user.tag === username`. */
  discriminator?: string;
  globalName?: string | null;
}

export interface GuildOptions {
  id?: string;
  name?: string;
  locale?: Locale;
  /** Text channels; default one channel called "general". */
  channels?: Array<{ id?: string; name?: string }>;
}

export interface StandInOptions {
  /** Defaults to the bot user's id, as for every modern Discord application. */
  applicationId?: string;
  botUser?: BotUserOptions;
  /** Default: one guild with one text channel. `[]` makes discord.js ready straight after READY. */
  guilds?: GuildOptions[];
  /** The only token accepted on REST (`Bot <token>`) and in IDENTIFY/RESUME. Default: generated. */
  token?: string;
  /** HELLO heartbeat_interval. Default 41 250 ms like Discord. */
  heartbeatIntervalMs?: number;
  /**
   * Discord answers callbacks that arrive later than 3 s after the interaction with 404
   * "Unknown interaction" (10062). Default 3000; 0 turns the check off.
   */
  interactionDeadlineMs?: number;
  /** `shards` in GET /gateway/bot: the shard count Discord recommends. Default 1. */
  recommendedShards?: number;
}

export interface StandInChannel {
  id: string;
  name: string;
}

export interface StandInGuild {
  id: string;
  name: string;
  locale: Locale;
  channels: StandInChannel[];
}

export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  size: number;
}

/** One REST request as the stand-in saw it. */
export interface RecordedRequest {
  method: string;
  /** Decoded path below `/api/v10`, e.g. `/webhooks/1/tok/messages/@original` (= discord.js `Routes.*`). */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or the parsed `payload_json` part of a multipart body; `null` when empty. */
  body: unknown;
  files: RecordedFile[];
  at: number;
  /** Status the stand-in answered with; `null` while the request is still being handled. */
  status: number | null;
  /** Name of the matched route, or `null` for unknown routes. */
  route: string | null;
  /** Set when an injected fault (failNext) handled this request. */
  fault: string | null;
}

/** Fields the stand-in understands in message bodies (callbacks, webhook edits, follow-ups). */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  flags?: number;
  allowed_mentions?: APIAllowedMentions;
  attachments?: Array<Partial<APIAttachment> & { id: string | number }>;
  tts?: boolean;
}

export interface CallbackData extends MessageBody {
  /** Autocomplete (type 8). */
  choices?: APIApplicationCommandOptionChoice[];
  /** Modal (type 9). */
  custom_id?: string;
  title?: string;
  [key: string]: unknown;
}

/** The accepted interaction callback (`POST /interactions/{id}/{token}/callback`). */
export interface CallbackRecord {
  interactionId: string;
  type: InteractionResponseType;
  data: CallbackData;
  receivedAt: number;
  withResponse: boolean;
}

/** A PATCH of `@original` or of a follow-up through the interaction webhook. */
export interface MessageEditRecord {
  /** `@original` or the follow-up's id, as addressed in the URL. */
  target: string;
  body: MessageBody;
  /** The message after the edit. */
  message: APIMessage;
  receivedAt: number;
}

/** When (and how) the user got to see an answer to an interaction. */
export interface InteractionAnswer {
  via: "callback" | "edit" | "followUp";
  at: number;
  latencyMs: number;
  message: APIMessage | null;
}

export interface DispatchedInteraction {
  id: string;
  token: string;
  dispatchedAt: number;
  /** Gateway sequence number, or `null` when queued until the next READY (no session yet). */
  sequence: number | null;
  /** The shard whose session it went (or will go) to: the one owning its guild, 0 for DMs. */
  shard: number;
  payload: APIInteraction;
}

export interface GatewayStats {
  /** WebSocket connections accepted in total. */
  connections: number;
  openConnections: number;
  identifies: number;
  resumes: number;
  heartbeats: number;
  dispatches: number;
  /** Close code of every finished connection, either side (1006 = dropped without a close frame). */
  closeCodes: number[];
  /** The `shard: [id, count]` of every accepted IDENTIFY, in order. */
  identifiedShards: Array<[number, number]>;
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface FaultTarget {
  method?: HttpMethod;
  /** Matched against the decoded path below `/api/v10`. */
  pathIncludes?: string;
  /** Wait this long before answering (or before handling normally, when no status is given). */
  delayMs?: number;
}

export type FaultSpec =
  | (FaultTarget & { status: 429; retryAfterSeconds?: number; global?: boolean })
  | (FaultTarget & { status: 500 | 502 | 503 | 504 })
  | (FaultTarget & { status: 400 | 401 | 403 | 404; code?: number; message?: string })
  | (FaultTarget & { delayMs: number; status?: undefined })
  /** Destroy the TCP connection without answering. */
  | (FaultTarget & { resetConnection: true; status?: undefined });
