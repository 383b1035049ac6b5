import { type APIEmbed, ButtonStyle } from "discord.js";
import { citationLabel } from "../../answer/answer.js";
import type { Snippet } from "../../answer/answer-types.js";
import { SEARCH_PAGE_SIZE, type SearchResults } from "../../answer/search-types.js";
import { emphasize, titleLink } from "./citations.js";
import { actionButton, buttonRows } from "./components.js";
import { escapeDiscordText } from "./escape.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";
import { searchFooter } from "./message-state.js";
import { type DiscordMessagePayload, fitPayload } from "./payload.js";
import { EMBED_COLOR, messageFrame } from "./view.js";

const QUERY_IN_TITLE_MAX = 180;
const HIT_TITLE_MAX = 100;

/**
 * Renders one page of `/search` results: each hit with its matched words in bold and its
 * citation, "Page X of Y" in the footer, and ◀ ▶ buttons (disabled at the ends) when there is
 * more than one page. Nothing matched gives "No passages match" and no buttons.
 *
 * @example
 * renderSearchMessage({ query: "sanctions", articleId: null, page: 0, pageCount: 2, total: 7, hits });
 * // { embeds: [{ title: "Search: sanctions", description: "7 passages match.\n\n**1.** …" }], … }
 */
export function renderSearchMessage(
  results: SearchResults,
  view: { ephemeral?: boolean } = {},
): DiscordMessagePayload {
  const pageCount = Math.max(1, results.pageCount);
  const page = Math.min(Math.max(0, results.page), pageCount - 1);
  const within = results.articleId === null ? "" : ` in ${escapeDiscordText(results.articleId)}`;
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(`Search${within}: ${escapeDiscordText(results.query)}`, QUERY_IN_TITLE_MAX),
    description: description(results, page),
    footer: {
      text: searchFooter({ query: results.query, articleId: results.articleId, page, pageCount }),
    },
  };
  const arrows =
    results.total > 0 && pageCount > 1
      ? [
          actionButton({ kind: "search-page", page: Math.max(0, page - 1) }, "◀", {
            disabled: page === 0,
          }),
          actionButton({ kind: "search-page", page: Math.min(pageCount - 1, page + 1) }, "▶", {
            disabled: page === pageCount - 1,
            style: ButtonStyle.Primary,
          }),
        ]
      : [];
  return fitPayload({ ...messageFrame(view), embeds: [embed], components: buttonRows([arrows]) });
}

function description(results: SearchResults, page: number): string {
  if (results.total === 0 || results.hits.length === 0) {
    return `No passages match “${escapeDiscordText(results.query)}”.`;
  }
  const header = `${results.total} ${results.total === 1 ? "passage matches" : "passages match"}.`;
  // Each of a page's hits gets an equal share of the description.
  const share = Math.floor(
    (DISCORD_LIMITS.embedDescription - header.length) / SEARCH_PAGE_SIZE - 4,
  );
  const first = page * SEARCH_PAGE_SIZE;
  const hits = results.hits
    .slice(0, SEARCH_PAGE_SIZE)
    .map((hit, i) => truncate(hitText(hit, first + i + 1), share));
  return [header, ...hits].join("\n\n");
}

function hitText(hit: Snippet, n: number): string {
  const citation = `${titleLink(hit.title, hit.url, HIT_TITLE_MAX)} — ${escapeDiscordText(citationLabel(hit))}`;
  // Cut the quote, not the citation, when the hit is long.
  const room = Math.max(80, 760 - citation.length);
  return `**${n}.** ${truncate(emphasize(hit), room)}\n${citation}`;
}
