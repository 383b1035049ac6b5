/**
 * Discord's documented limits on what a bot may send, counted in UTF-16 code units (what
 * `String.length` counts; never more lenient than Discord's own count).
 * Only `fitPayload` and `truncate` should need these; renderers aim under them and
 * `fitPayload` guarantees them.
 */
export const DISCORD_LIMITS = {
  messageContent: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  fieldsPerEmbed: 25,
  embedsPerMessage: 10,
  embedsTotalCharacters: 6000,
  customId: 100,
  buttonLabel: 80,
  autocompleteChoices: 25,
  autocompleteChoiceLength: 100,
  buttonsPerRow: 5,
  actionRows: 5,
} as const;

const ELLIPSIS = "…";
/** A word boundary this far back from the cut is still worth cutting at. */
const WORD_BOUNDARY_REACH = 40;

/**
 * Shortens `text` to at most `max` characters, ending it with "…". Cuts at a word boundary when
 * one is near, never splits a surrogate pair, never ends on a lone escaping backslash and never
 * leaves a `**` bold run unclosed.
 *
 * @example
 * truncate("Putin warned of a complete rupture", 20); // "Putin warned of a…"
 * truncate("short", 20);                              // "short"
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  if (max === 1) return ELLIPSIS;
  const kept = cutBefore(text, max - ELLIPSIS.length);
  if (!hasUnclosedBold(kept)) return kept + ELLIPSIS;
  // Close the open bold run, which costs two characters more.
  const shorter = cutBefore(text, max - ELLIPSIS.length - 2);
  return hasUnclosedBold(shorter) ? `${shorter}**${ELLIPSIS}` : shorter + ELLIPSIS;
}

/** The longest clean prefix of `text` of at most `budget` characters, trimmed at the end. */
function cutBefore(text: string, budget: number): string {
  if (budget <= 0) return "";
  let end = Math.min(budget, text.length);
  if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  if (end < text.length && !/\s/.test(text.charAt(end))) {
    const boundary = lastWhitespace(text, end, Math.max(1, end - WORD_BOUNDARY_REACH));
    if (boundary > 0) end = boundary;
  }
  let kept = text.slice(0, end).trimEnd();
  if (endsWithOddBackslashes(kept)) kept = kept.slice(0, -1);
  return kept;
}

function lastWhitespace(text: string, before: number, notBefore: number): number {
  for (let i = before - 1; i >= notBefore; i--) {
    if (/\s/.test(text.charAt(i))) return i;
  }
  return -1;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function endsWithOddBackslashes(text: string): boolean {
  let count = 0;
  for (let i = text.length - 1; i >= 0 && text.charAt(i) === "\\"; i--) count++;
  return count % 2 === 1;
}

/** True when `text` opens more unescaped `**` runs than it closes. */
export function hasUnclosedBold(text: string): boolean {
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === "\\") {
      i++;
    } else if (char === "*" && text.charAt(i + 1) === "*") {
      open = !open;
      i++;
    }
  }
  return open;
}
