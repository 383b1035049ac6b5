/**
 * Escaping for text from users or the corpus, so it shows as typed: no markdown, no mentions.
 *
 * Every markdown character is backslash-escaped and a zero-width space follows every `@` and
 * `<`, so `@everyone`, `<@123>`, `<#1>` and `</cmd:1>` can neither ping nor render as mentions
 * even if `allowed_mentions` were wrong. The escaping is a plain one-pass scan (linear time, no
 * regular expressions that could backtrack) and exactly invertible by `unescapeDiscordText`,
 * which is how a message can carry text that the bot reads back later.
 */

const ZERO_WIDTH_SPACE = "\u200b";
const REPLACEMENT_CHARACTER = "\ufffd";
/** Escaped wherever they appear: inline markdown, escapes themselves and masked-link brackets. */
const ALWAYS_ESCAPED = new Set(["\\", "*", "_", "~", "|", "`", "[", "]"]);
/** Escaped at the start of a line: headings, block quotes, subtext and list markers. */
const LINE_START_ESCAPED = new Set(["#", ">", "-", "+"]);
/** Followed by a zero-width space so no mention, channel, command or emoji tag can form. */
const MENTION_STARTERS = new Set(["@", "<"]);

/**
 * Makes arbitrary text safe to place in a message, embed title, description or field: it
 * renders literally and cannot mention anyone. Lone surrogates become U+FFFD.
 *
 * @example
 * escapeDiscordText("**hi** @everyone"); // "\\*\\*hi\\*\\* @\u200beveryone"
 * escapeDiscordText("# Title");           // "\\# Title"
 */
export function escapeDiscordText(text: string): string {
  let out = "";
  let lineStart = true;
  let leadingDigits = false;
  for (let i = 0; i < text.length; i++) {
    let char = text.charAt(i);
    const code = char.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) {
      const pair = surrogatePairAt(text, i);
      if (pair) {
        out += pair;
        i++;
      } else {
        out += REPLACEMENT_CHARACTER;
      }
      lineStart = false;
      leadingDigits = false;
      continue;
    }
    if (char === "\n") {
      out += char;
      lineStart = true;
      leadingDigits = false;
      continue;
    }
    if (lineStart && (char === " " || char === "\t")) {
      out += char;
      continue;
    }
    const escapeHere =
      ALWAYS_ESCAPED.has(char) ||
      (lineStart && LINE_START_ESCAPED.has(char)) ||
      (leadingDigits && char === ".");
    leadingDigits = (lineStart || leadingDigits) && char >= "0" && char <= "9";
    lineStart = false;
    if (escapeHere) char = `\\${char}`;
    out += MENTION_STARTERS.has(char) ? char + ZERO_WIDTH_SPACE : char;
  }
  return out;
}

/**
 * Recovers the original text from `escapeDiscordText` output (for text that had no lone
 * surrogates, exactly).
 *
 * @example
 * unescapeDiscordText(escapeDiscordText("[x](https://evil) <@&1>")); // "[x](https://evil) <@&1>"
 */
export function unescapeDiscordText(escaped: string): string {
  let out = "";
  for (let i = 0; i < escaped.length; i++) {
    const char = escaped.charAt(i);
    if (char === "\\" && i + 1 < escaped.length) {
      out += escaped.charAt(i + 1);
      i++;
    } else {
      out += char;
      if (MENTION_STARTERS.has(char) && escaped.charAt(i + 1) === ZERO_WIDTH_SPACE) i++;
    }
  }
  return out;
}

/**
 * `text` with every lone surrogate (half an emoji, left by a paste or a cut) replaced by
 * U+FFFD, as `escapeDiscordText` does, for text placed in a message unescaped: Discord takes
 * only well-formed Unicode. The length is unchanged, so offsets and cuts stay where they were.
 *
 * @example
 * toWellFormed("why \ud800?"); // "why \ufffd?"
 */
export function toWellFormed(text: string): string {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (surrogatePairAt(text, i)) {
      i++;
      continue;
    }
    out += text.slice(copied, i) + REPLACEMENT_CHARACTER;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function surrogatePairAt(text: string, i: number): string | null {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  if (high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) return text.slice(i, i + 2);
  return null;
}
