import { DISCORD_LIMITS } from "./limits.js";

/**
 * What a button does, kept entirely in its `custom_id` so buttons keep working after a
 * restart. The question or query it belongs to is too long for a custom id; it is read back
 * from the message the button is on (see `message-state.ts`).
 */
export type ButtonAction =
  /** Show page `page` (0-based) of the answer. */
  | { kind: "more"; page: number }
  /**
   * Show the paragraph a snippet quotes. `passageId` names the quoted sentence; it is only a
   * hint, valid while the corpus is unchanged, so check it still lies in this article and
   * paragraph. `articleId` may be abbreviated when very long: see `resolveArticleId`.
   */
  | { kind: "context"; articleId: string; paragraph: number; passageId?: number }
  | { kind: "feedback"; vote: "up" | "down" }
  /** Ask suggestion `index` (0-based) of a not-found message. */
  | { kind: "suggestion"; index: number }
  /** Show page `page` (0-based) of search results. */
  | { kind: "search-page"; page: number };

/** Bump when the format changes: ids of an older version decode to `null` ("expired"). */
const VERSION = "v1";
const ABBREVIATION_MARK = "~";
const HASH_LENGTH = 8;
const NUMBER = /^(0|[1-9][0-9]{0,8})$/;
const PLAIN_ARTICLE_ID = /^[a-z0-9-]+$/;

/**
 * Encodes a button action as a custom id of at most 100 characters, e.g. `v1:more:2`.
 * An article id too long to fit is abbreviated to its start plus a hash.
 *
 * @example
 * encodeCustomId({ kind: "more", page: 1 });                                // "v1:more:1"
 * encodeCustomId({ kind: "context", articleId: "turan", paragraph: 3, passageId: 14 });
 * // "v1:ctx:3:14:turan"
 * @throws Error for a negative or fractional page, index or paragraph.
 */
export function encodeCustomId(action: ButtonAction): string {
  const id = encodeUnchecked(action);
  if (id.length > DISCORD_LIMITS.customId) {
    throw new Error(`custom id over ${DISCORD_LIMITS.customId} characters: ${id.slice(0, 40)}…`);
  }
  return id;
}

function encodeUnchecked(action: ButtonAction): string {
  switch (action.kind) {
    case "more":
      return `${VERSION}:more:${count(action.page)}`;
    case "feedback":
      return `${VERSION}:fb:${action.vote}`;
    case "suggestion":
      return `${VERSION}:sug:${count(action.index)}`;
    case "search-page":
      return `${VERSION}:sp:${count(action.page)}`;
    case "context": {
      const passage = action.passageId === undefined ? "" : count(action.passageId);
      const head = `${VERSION}:ctx:${count(action.paragraph)}:${passage}:`;
      return head + abbreviate(action.articleId, DISCORD_LIMITS.customId - head.length);
    }
  }
}

/**
 * Reads a custom id back. Anything unknown, malformed or from an older version gives `null`,
 * which the bot answers with "this result has expired".
 *
 * @example
 * decodeCustomId("v1:fb:up");   // { kind: "feedback", vote: "up" }
 * decodeCustomId("v0:more:1");  // null
 */
export function decodeCustomId(id: string): ButtonAction | null {
  if (id.length > DISCORD_LIMITS.customId) return null;
  const [version, kind, ...rest] = id.split(":");
  if (version !== VERSION) return null;
  const [first, second, third] = rest;
  switch (kind) {
    case "more":
      return rest.length === 1 && isCount(first) ? { kind: "more", page: Number(first) } : null;
    case "fb":
      return rest.length === 1 && (first === "up" || first === "down")
        ? { kind: "feedback", vote: first }
        : null;
    case "sug":
      return rest.length === 1 && isCount(first)
        ? { kind: "suggestion", index: Number(first) }
        : null;
    case "sp":
      return rest.length === 1 && isCount(first)
        ? { kind: "search-page", page: Number(first) }
        : null;
    case "ctx": {
      if (rest.length !== 3 || !isCount(first) || Number(first) < 1 || !third) return null;
      if (second !== "" && !isCount(second)) return null;
      return {
        kind: "context",
        articleId: third,
        paragraph: Number(first),
        ...(second === "" ? {} : { passageId: Number(second) }),
      };
    }
    default:
      return null;
  }
}

/**
 * The corpus article a decoded context button means: its id, or for an abbreviated id the one
 * article whose abbreviation it is; `null` when none matches (the corpus changed).
 *
 * @example
 * resolveArticleId("turan", ["turan", "bbc"]); // "turan"
 * resolveArticleId("gone", ["turan"]);         // null
 */
export function resolveArticleId(encoded: string, knownIds: Iterable<string>): string | null {
  const ids = [...knownIds];
  if (ids.includes(encoded)) return encoded;
  const mark = encoded.lastIndexOf(ABBREVIATION_MARK);
  if (mark < 0) return null;
  const prefix = encoded.slice(0, mark);
  const hash = encoded.slice(mark + 1);
  return ids.find((id) => fnv1aHex(id) === hash && safePart(id).startsWith(prefix)) ?? null;
}

/**
 * `articleId` itself when it fits in `room` and is a plain corpus id (lower-case letters,
 * digits, dashes), else the start of it, "~" and a hash of the whole. "~" never occurs in a
 * corpus id, and neither does the ":" that separates a custom id's parts.
 */
function abbreviate(articleId: string, room: number): string {
  if (articleId.length <= room && PLAIN_ARTICLE_ID.test(articleId)) return articleId;
  const keep = Math.max(0, room - ABBREVIATION_MARK.length - HASH_LENGTH);
  return safePart(articleId).slice(0, keep) + ABBREVIATION_MARK + fnv1aHex(articleId);
}

function safePart(articleId: string): string {
  return articleId.replace(/[^a-z0-9-]/g, "");
}

/** 32-bit FNV-1a: short, stable across restarts and platforms; not for security. */
function fnv1aHex(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(HASH_LENGTH, "0");
}

function count(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a non-negative integer: ${n}`);
  return String(n);
}

function isCount(part: string | undefined): part is string {
  return part !== undefined && NUMBER.test(part);
}

export {
  questionFromMessage,
  searchFromMessage,
  suggestionFromMessage,
} from "./message-state.js";
