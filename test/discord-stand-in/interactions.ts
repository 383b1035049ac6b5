import {
  type APIInteraction,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIUser,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from "discord.js";
import { apiErrors } from "./http.js";
import { createMessage, editMessage, type MessageOrigin } from "./messages.js";
import type {
  CallbackRecord,
  InteractionAnswer,
  MessageBody,
  MessageEditRecord,
  RecordedFile,
} from "./types.js";
import { type InteractionKind, validateCallback, validateMessageBody } from "./validation.js";
import type { ChangeNotifier } from "./waiter.js";

/** Everything the stand-in knows about one dispatched interaction. */
export interface LedgerEntry {
  readonly id: string;
  readonly token: string;
  readonly kind: InteractionKind;
  readonly payload: APIInteraction;
  readonly dispatchedAt: number;
  sequence: number | null;
  callback: CallbackRecord | null;
  /** Reply / deferred reply / the component's message after an update. */
  original: APIMessage | null;
  originalDeleted: boolean;
  edits: MessageEditRecord[];
  followUps: APIMessage[];
  answer: InteractionAnswer | null;
  /** Set when a callback arrived after the deadline and was refused with 10062. */
  lateCallbackAt: number | null;
}

export interface LedgerOptions {
  applicationId: string;
  botUser: APIUser;
  deadlineMs: number;
  notifier: ChangeNotifier;
}

type CallbackResponse = RESTPostAPIInteractionCallbackWithResponseResult;

const ORIGINAL = "@original";

/** Holds interaction state and applies callbacks and webhook calls the way Discord does. */
export class InteractionLedger {
  readonly #byId = new Map<string, LedgerEntry>();
  readonly #byToken = new Map<string, LedgerEntry>();

  constructor(private readonly options: LedgerOptions) {}

  register(payload: APIInteraction, kind: InteractionKind): LedgerEntry {
    const entry: LedgerEntry = {
      id: payload.id,
      token: payload.token,
      kind,
      payload,
      dispatchedAt: Date.now(),
      sequence: null,
      callback: null,
      original: null,
      originalDeleted: false,
      edits: [],
      followUps: [],
      answer: null,
      lateCallbackAt: null,
    };
    this.#byId.set(entry.id, entry);
    this.#byToken.set(entry.token, entry);
    return entry;
  }

  /** Looks an interaction up by id or token; throws for ones the test never dispatched. */
  get(idOrToken: string): LedgerEntry {
    const entry = this.#byId.get(idOrToken) ?? this.#byToken.get(idOrToken);
    if (!entry) throw new Error(`No interaction with id or token ${idOrToken} was dispatched`);
    return entry;
  }

  /** Drops an interaction's state; later lookups of it throw as if it was never dispatched. */
  forget(idOrToken: string): void {
    const entry = this.#byId.get(idOrToken) ?? this.#byToken.get(idOrToken);
    if (!entry) return;
    this.#byId.delete(entry.id);
    this.#byToken.delete(entry.token);
  }

  all(): LedgerEntry[] {
    return [...this.#byId.values()];
  }

  acceptCallback(
    id: string,
    token: string,
    body: unknown,
    files: RecordedFile[],
    withResponse: boolean,
  ): CallbackResponse | null {
    const entry = this.#byId.get(id);
    if (!entry || entry.token !== token) throw apiErrors.unknownInteraction();
    if (entry.callback) throw apiErrors.alreadyAcknowledged();
    const now = Date.now();
    const { deadlineMs } = this.options;
    if (deadlineMs > 0 && now - entry.dispatchedAt > deadlineMs) {
      entry.lateCallbackAt = now;
      this.options.notifier.notify();
      throw apiErrors.unknownInteraction();
    }
    const { type, data } = validateCallback(body, entry.kind, files);
    entry.callback = { interactionId: id, type, data, receivedAt: now, withResponse };
    const componentMessage = "message" in entry.payload ? entry.payload.message : undefined;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
        entry.original = this.#create(entry, { body: data, files });
        this.#answer(entry, "callback", entry.original);
        break;
      case InteractionResponseType.DeferredChannelMessageWithSource:
        // Users see "<bot> is thinking…" until the first edit or follow-up fills it.
        entry.original = this.#create(entry, {
          body: { flags: data.flags ?? 0 },
          extraFlags: MessageFlags.Loading,
        });
        break;
      case InteractionResponseType.DeferredMessageUpdate:
        entry.original = componentMessage ?? null;
        break;
      case InteractionResponseType.UpdateMessage:
        entry.original = componentMessage ? editMessage(componentMessage, data, files) : null;
        this.#answer(entry, "callback", entry.original);
        break;
      default:
        // Autocomplete choices and modals are answers without a message.
        this.#answer(entry, "callback", null);
    }
    this.options.notifier.notify();
    if (!withResponse) return null;
    const original = entry.original;
    const carriesMessage =
      type === InteractionResponseType.ChannelMessageWithSource ||
      type === InteractionResponseType.UpdateMessage;
    return {
      interaction: {
        id,
        type: entry.payload.type,
        ...(original && type !== InteractionResponseType.DeferredMessageUpdate
          ? {
              response_message_id: original.id,
              response_message_loading: ((original.flags ?? 0) & MessageFlags.Loading) !== 0,
              response_message_ephemeral: ((original.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type, ...(carriesMessage && original ? { message: original } : {}) },
    };
  }

  getMessage(applicationId: string, token: string, messageId: string): APIMessage {
    const entry = this.#webhookEntry(applicationId, token);
    return this.#find(entry, messageId).message;
  }

  editMessage(
    applicationId: string,
    token: string,
    messageId: string,
    body: unknown,
    files: RecordedFile[],
  ): APIMessage {
    const entry = this.#webhookEntry(applicationId, token);
    const found = this.#find(entry, messageId);
    const valid = validateMessageBody(body, [], { create: false, files });
    const updated = editMessage(found.message, valid, files);
    this.#store(entry, found, updated);
    entry.edits.push({ target: messageId, body: valid, message: updated, receivedAt: Date.now() });
    this.#answer(entry, "edit", updated);
    this.options.notifier.notify();
    return updated;
  }

  deleteMessage(applicationId: string, token: string, messageId: string): void {
    const entry = this.#webhookEntry(applicationId, token);
    const found = this.#find(entry, messageId);
    if (found.isOriginal) entry.originalDeleted = true;
    else entry.followUps = entry.followUps.filter((message) => message.id !== found.message.id);
    this.options.notifier.notify();
  }

  followUp(applicationId: string, token: string, body: unknown, files: RecordedFile[]): APIMessage {
    const entry = this.#webhookEntry(applicationId, token);
    const valid = validateMessageBody(body, [], { create: true, files });
    const original = entry.original;
    const loading = original && ((original.flags ?? 0) & MessageFlags.Loading) !== 0;
    let message: APIMessage;
    if (original && loading && !entry.originalDeleted) {
      // The first follow-up after a deferred reply fills the "thinking…" message (keeping the
      // defer's ephemerality) instead of posting a new one.
      message = editMessage(original, valid, files);
      entry.original = message;
    } else {
      message = this.#create(entry, {
        body: valid,
        files,
        originalResponseId: original?.id,
      });
    }
    entry.followUps.push(message);
    this.#answer(entry, "followUp", message);
    this.options.notifier.notify();
    return message;
  }

  #webhookEntry(applicationId: string, token: string): LedgerEntry {
    if (applicationId !== this.options.applicationId) throw apiErrors.unknownWebhook();
    const entry = this.#byToken.get(token);
    if (!entry) throw apiErrors.invalidWebhookToken();
    // The interaction webhook only exists once the interaction has been acknowledged.
    const type = entry.callback?.type;
    if (
      type === undefined ||
      type === InteractionResponseType.ApplicationCommandAutocompleteResult
    ) {
      throw apiErrors.unknownWebhook();
    }
    return entry;
  }

  #find(entry: LedgerEntry, messageId: string): { message: APIMessage; isOriginal: boolean } {
    const original = entry.originalDeleted ? null : entry.original;
    if (messageId === ORIGINAL || messageId === original?.id) {
      if (!original) throw apiErrors.unknownMessage();
      return { message: original, isOriginal: true };
    }
    const message = entry.followUps.find((candidate) => candidate.id === messageId);
    if (!message) throw apiErrors.unknownMessage();
    return { message, isOriginal: false };
  }

  #store(
    entry: LedgerEntry,
    found: { message: APIMessage; isOriginal: boolean },
    updated: APIMessage,
  ): void {
    if (found.isOriginal) entry.original = updated;
    entry.followUps = entry.followUps.map((message) =>
      message.id === updated.id ? updated : message,
    );
  }

  #create(
    entry: LedgerEntry,
    init: {
      body: MessageBody;
      files?: RecordedFile[];
      extraFlags?: number;
      originalResponseId?: string | undefined;
    },
  ): APIMessage {
    const payload = entry.payload;
    const user = payload.member?.user ?? payload.user;
    if (!user) throw new Error(`Interaction ${entry.id} has neither member nor user`);
    const base = {
      id: entry.id,
      user,
      authorizing_integration_owners: payload.authorizing_integration_owners,
      ...(init.originalResponseId ? { original_response_message_id: init.originalResponseId } : {}),
    };
    const metadata: APIMessageInteractionMetadata =
      payload.type === InteractionType.MessageComponent
        ? { ...base, type: payload.type, interacted_message_id: payload.message.id }
        : { ...base, type: InteractionType.ApplicationCommand };
    const origin: MessageOrigin = {
      channelId: payload.channel?.id ?? payload.channel_id ?? "",
      author: this.options.botUser,
      applicationId: this.options.applicationId,
    };
    return createMessage(origin, {
      type: entry.kind === "command" ? MessageType.ChatInputCommand : MessageType.Default,
      body: init.body,
      ...(init.files ? { files: init.files } : {}),
      ...(init.extraFlags ? { extraFlags: init.extraFlags } : {}),
      interactionMetadata: metadata,
    });
  }

  #answer(entry: LedgerEntry, via: InteractionAnswer["via"], message: APIMessage | null): void {
    if (entry.answer) return;
    const at = Date.now();
    entry.answer = { via, at, latencyMs: at - entry.dispatchedAt, message };
  }
}
