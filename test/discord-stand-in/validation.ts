import { InteractionResponseType } from "discord.js";
import { apiErrors, type DiscordApiError, invalidFormBody, isRecord } from "./http.js";
import type { CallbackData, MessageBody, RecordedFile } from "./types.js";

/**
 * Discord's documented limits, enforced so a bot that would be rejected in production is rejected
 * here too (e.g. an answer over 2000 characters or a 26th autocomplete choice).
 */
const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  actionRows: 5,
  choices: 25,
  choiceName: 100,
  modalTitle: 45,
};

export type InteractionKind = "command" | "autocomplete" | "component";

const ALLOWED_CALLBACKS: Record<InteractionKind, InteractionResponseType[]> = {
  command: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  autocomplete: [InteractionResponseType.ApplicationCommandAutocompleteResult],
  component: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
};

function tooLong(path: string[], max: number): DiscordApiError {
  return invalidFormBody(path, "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`);
}

function checkLength(value: unknown, max: number, path: string[]): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== "string") {
    throw invalidFormBody(path, "BASE_TYPE_STRING", "Must be a string.");
  }
  if (value.length > max) throw tooLong(path, max);
  return value.length;
}

function checkEmbeds(embeds: unknown, path: string[]): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) throw invalidFormBody(path, "BASE_TYPE_ARRAY", "Must be an array.");
  if (embeds.length > LIMITS.embeds) throw tooLong(path, LIMITS.embeds);
  let total = 0;
  embeds.forEach((embed: unknown, index) => {
    const at = [...path, String(index)];
    if (!isRecord(embed)) throw invalidFormBody(at, "DICT_TYPE_CONVERT", "Must be an object.");
    total += checkLength(embed.title, LIMITS.embedTitle, [...at, "title"]);
    total += checkLength(embed.description, LIMITS.embedDescription, [...at, "description"]);
    if (isRecord(embed.footer)) {
      total += checkLength(embed.footer.text, LIMITS.footer, [...at, "footer", "text"]);
    }
    if (isRecord(embed.author)) {
      total += checkLength(embed.author.name, LIMITS.authorName, [...at, "author", "name"]);
    }
    const fields: unknown[] = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > LIMITS.embedFields) throw tooLong([...at, "fields"], LIMITS.embedFields);
    fields.forEach((field, fieldIndex) => {
      const fieldAt = [...at, "fields", String(fieldIndex)];
      const { name, value } = isRecord(field) ? field : {};
      total += checkLength(name, LIMITS.fieldName, [...fieldAt, "name"]);
      total += checkLength(value, LIMITS.fieldValue, [...fieldAt, "value"]);
    });
  });
  if (total > LIMITS.embedTotal) {
    throw invalidFormBody(
      path,
      "MAX_EMBED_SIZE_EXCEEDED",
      "Embed size exceeds maximum size of 6000",
    );
  }
}

/**
 * Checks a message body (reply, update, follow-up, edit). `create` demands something visible,
 * as Discord answers an empty new message with 50006.
 */
export function validateMessageBody(
  body: unknown,
  path: string[],
  options: { create: boolean; files: RecordedFile[] },
): MessageBody {
  if (body === undefined || body === null) {
    if (options.create && options.files.length === 0) throw apiErrors.emptyMessage();
    return {};
  }
  if (!isRecord(body)) throw invalidFormBody(path, "DICT_TYPE_CONVERT", "Must be an object.");
  checkLength(body.content, LIMITS.content, [...path, "content"]);
  checkEmbeds(body.embeds, [...path, "embeds"]);
  const components = body.components;
  if (components !== undefined && !Array.isArray(components)) {
    throw invalidFormBody([...path, "components"], "BASE_TYPE_ARRAY", "Must be an array.");
  }
  const flags = typeof body.flags === "number" ? body.flags : 0;
  const componentsV2 = (flags & (1 << 15)) !== 0;
  if (!componentsV2 && Array.isArray(components) && components.length > LIMITS.actionRows) {
    throw tooLong([...path, "components"], LIMITS.actionRows);
  }
  const message = body as MessageBody;
  if (options.create) {
    const visible =
      (message.content ?? "").length > 0 ||
      (message.embeds ?? []).length > 0 ||
      (message.components ?? []).length > 0 ||
      options.files.length > 0 ||
      body.poll !== undefined;
    if (!visible) throw apiErrors.emptyMessage();
  }
  return message;
}

function validateChoices(data: Record<string, unknown>): void {
  const choices = data.choices;
  if (!Array.isArray(choices)) {
    throw invalidFormBody(["data", "choices"], "BASE_TYPE_REQUIRED", "This field is required");
  }
  if (choices.length > LIMITS.choices) throw tooLong(["data", "choices"], LIMITS.choices);
  choices.forEach((choice: unknown, index) => {
    const at = ["data", "choices", String(index)];
    const { name, value } = isRecord(choice) ? choice : {};
    if (typeof name !== "string" || name.length === 0) {
      throw invalidFormBody([...at, "name"], "BASE_TYPE_REQUIRED", "This field is required");
    }
    checkLength(name, LIMITS.choiceName, [...at, "name"]);
    if (typeof value === "string") checkLength(value, LIMITS.choiceName, [...at, "value"]);
    else if (typeof value !== "number") {
      throw invalidFormBody([...at, "value"], "BASE_TYPE_REQUIRED", "This field is required");
    }
  });
}

export interface ValidCallback {
  type: InteractionResponseType;
  data: CallbackData;
}

/** Checks a callback body against what Discord accepts for this kind of interaction. */
export function validateCallback(
  body: unknown,
  kind: InteractionKind,
  files: RecordedFile[],
): ValidCallback {
  if (!isRecord(body) || typeof body.type !== "number") {
    throw invalidFormBody(["type"], "BASE_TYPE_REQUIRED", "This field is required");
  }
  const type = body.type as InteractionResponseType;
  if (!ALLOWED_CALLBACKS[kind].includes(type)) {
    throw invalidFormBody(
      ["type"],
      "INTERACTION_RESPONSE_TYPE_INVALID",
      `Interaction response type ${type} is not valid for this interaction.`,
    );
  }
  const data = isRecord(body.data) ? body.data : {};
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
      validateMessageBody(body.data, ["data"], { create: true, files });
      break;
    case InteractionResponseType.UpdateMessage:
      validateMessageBody(body.data, ["data"], { create: false, files });
      break;
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      validateChoices(data);
      break;
    case InteractionResponseType.Modal:
      checkLength(data.title, LIMITS.modalTitle, ["data", "title"]);
      if (typeof data.custom_id !== "string") {
        throw invalidFormBody(
          ["data", "custom_id"],
          "BASE_TYPE_REQUIRED",
          "This field is required",
        );
      }
      break;
    default:
      break;
  }
  return { type, data: data as CallbackData };
}
