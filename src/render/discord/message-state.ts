import { escapeDiscordText, unescapeDiscordText } from "./escape.js";

/**
 * The state a button needs but its 100-character custom id cannot hold (the question, the
 * search query, the suggestions), written into the message it is on and read back from it.
 *
 * - The exact question or query goes in the embed footer after a fixed prefix, unescaped:
 *   footers render neither markdown nor mentions, so the text reads back exactly.
 *   `Question: <question>`, optionally after `Page 1 of 2 · `;
 *   `Page 1 of 3 · Search: <query>` or `Page 1 of 3 · Search in <article id>: <query>`.
 * - Suggestions are description lines `**1.** <escaped suggestion>`; escaping is invertible.
 */

/** An embed as sent (`APIEmbed`) or as received (discord.js `Embed`). */
export interface EmbedLike {
  readonly footer?: { readonly text: string } | null;
  readonly description?: string | null;
}

export interface MessageLike {
  readonly embeds: readonly EmbedLike[];
}

const QUESTION_FOOTER = /^(?:Page \d+ of \d+ · )?Question: ([\s\S]*)$/;
const SEARCH_FOOTER = /^Page \d+ of \d+ · Search(?: in ([^:]*))?: ([\s\S]*)$/;
const SUGGESTION_LINE = /^\*\*(\d+)\.\*\* (.*)$/;

/**
 * The footer of an answer or not-found message.
 *
 * @example
 * answerFooter("What did Putin threaten?", { page: 0, pageCount: 2 });
 * // "Page 1 of 2 · Question: What did Putin threaten?"
 */
export function answerFooter(
  question: string,
  paging?: { page: number; pageCount: number },
): string {
  const page =
    paging && paging.pageCount > 1 ? `${pageLabel(paging.page, paging.pageCount)} · ` : "";
  return `${page}Question: ${question}`;
}

/**
 * The footer of a search message.
 *
 * @example
 * searchFooter({ query: "sanctions", articleId: null, page: 0, pageCount: 3 });
 * // "Page 1 of 3 · Search: sanctions"
 */
export function searchFooter(search: {
  query: string;
  articleId: string | null;
  page: number;
  pageCount: number;
}): string {
  const within = search.articleId === null ? "" : ` in ${search.articleId}`;
  return `${pageLabel(search.page, search.pageCount)} · Search${within}: ${search.query}`;
}

/**
 * The line of a not-found message that offers suggestion `index` (0-based).
 *
 * @example
 * suggestionLine(0, "What about “complete rupture”?"); // "**1.** What about “complete rupture”?"
 */
export function suggestionLine(index: number, suggestion: string): string {
  return `**${index + 1}.** ${escapeDiscordText(suggestion)}`;
}

/**
 * The exact question an answer or not-found message answered, or `null` for other messages.
 *
 * @example
 * questionFromMessage(interaction.message); // "What did Putin threaten?"
 */
export function questionFromMessage(message: MessageLike): string | null {
  for (const embed of message.embeds) {
    const match = QUESTION_FOOTER.exec(embed.footer?.text ?? "");
    if (match) return match[1] ?? "";
  }
  return null;
}

/**
 * The exact query (and article searched within) of a search message, or `null` for others.
 *
 * @example
 * searchFromMessage(interaction.message); // { query: "sanctions", articleId: null }
 */
export function searchFromMessage(
  message: MessageLike,
): { query: string; articleId: string | null } | null {
  for (const embed of message.embeds) {
    const match = SEARCH_FOOTER.exec(embed.footer?.text ?? "");
    if (match) return { query: match[2] ?? "", articleId: match[1] ?? null };
  }
  return null;
}

/**
 * Suggestion `index` (0-based) of a not-found message, exactly as the engine offered it, or
 * `null` when the message has no such suggestion.
 *
 * @example
 * suggestionFromMessage(interaction.message, 0); // "What about “complete rupture”?"
 */
export function suggestionFromMessage(message: MessageLike, index: number): string | null {
  for (const embed of message.embeds) {
    if (!QUESTION_FOOTER.test(embed.footer?.text ?? "")) continue;
    for (const line of (embed.description ?? "").split("\n")) {
      const match = SUGGESTION_LINE.exec(line);
      if (match && Number(match[1]) === index + 1) return unescapeDiscordText(match[2] ?? "");
    }
  }
  return null;
}

function pageLabel(page: number, pageCount: number): string {
  return `Page ${page + 1} of ${pageCount}`;
}
