import type { IncomingMessage, ServerResponse } from "node:http";
import type { RecordedFile } from "./types.js";

/** An error answered the way Discord does: `{ message, code, errors? }` with an HTTP status. */
export class DiscordApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Record<string, unknown>,
  ) {
    super(message);
  }

  toJSON(): Record<string, unknown> {
    return {
      message: this.message,
      code: this.code,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

/** Builds Discord's nested "Invalid Form Body" shape: `{ data: { content: { _errors: [...] } } }`. */
export function invalidFormBody(path: string[], code: string, message: string): DiscordApiError {
  let errors: Record<string, unknown> = { _errors: [{ code, message }] };
  for (const key of [...path].reverse()) errors = { [key]: errors };
  return new DiscordApiError(400, 50035, "Invalid Form Body", errors);
}

export const apiErrors = {
  unauthorized: () => new DiscordApiError(401, 0, "401: Unauthorized"),
  notFound: () => new DiscordApiError(404, 0, "404: Not Found"),
  methodNotAllowed: () => new DiscordApiError(405, 0, "405: Method Not Allowed"),
  invalidJson: () => new DiscordApiError(400, 50109, "The request body contains invalid JSON."),
  unknownApplication: () => new DiscordApiError(404, 10002, "Unknown Application"),
  unknownMessage: () => new DiscordApiError(404, 10008, "Unknown Message"),
  unknownWebhook: () => new DiscordApiError(404, 10015, "Unknown Webhook"),
  unknownInteraction: () => new DiscordApiError(404, 10062, "Unknown interaction"),
  unknownCommand: () => new DiscordApiError(404, 10063, "Unknown application command"),
  missingAccess: () => new DiscordApiError(403, 50001, "Missing Access"),
  invalidWebhookToken: () => new DiscordApiError(401, 50027, "Invalid Webhook Token"),
  emptyMessage: () => new DiscordApiError(400, 50006, "Cannot send an empty message"),
  alreadyAcknowledged: () =>
    new DiscordApiError(400, 40060, "Interaction has already been acknowledged."),
};

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export interface ParsedBody {
  body: unknown;
  files: RecordedFile[];
  invalid: boolean;
}

/**
 * JSON bodies are parsed as is. Multipart bodies (discord.js sends them whenever files are
 * attached) are parsed with the platform's FormData parser; `payload_json` becomes the body so
 * assertions look the same with or without files.
 */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: null, files: [], invalid: false };
  const type = contentType ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    const fields: Record<string, unknown> = {};
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") fields[field] = value;
      else files.push({ field, name: value.name, contentType: value.type, size: value.size });
    }
    const payload = fields.payload_json;
    if (typeof payload !== "string") return { body: fields, files, invalid: false };
    try {
      return { body: JSON.parse(payload), files, invalid: false };
    } catch {
      return { body: payload, files, invalid: true };
    }
  }
  const text = raw.toString("utf8");
  try {
    return { body: JSON.parse(text), files: [], invalid: false };
  } catch {
    return { body: text, files: [], invalid: true };
  }
}

/** discord.js only parses bodies whose Content-Type starts with application/json. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * A 204 must carry no JSON Content-Type: @discordjs/rest would call `res.json()` on the empty body
 * and throw. Without it, discord.js reads an empty ArrayBuffer, which reply()/deferReply() ignore.
 */
export function sendNoContent(res: ServerResponse, headers: Record<string, string> = {}): void {
  res.writeHead(204, headers);
  res.end();
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
