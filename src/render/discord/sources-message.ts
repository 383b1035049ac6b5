import type { APIEmbed } from "discord.js";
import { type Article, outletLabel } from "../../corpus/article.js";
import { titleLink } from "./citations.js";
import { escapeDiscordText } from "./escape.js";
import { DISCORD_LIMITS } from "./limits.js";
import { packLines } from "./pack-lines.js";
import { type DiscordMessagePayload, fitPayload } from "./payload.js";
import { EMBED_COLOR, messageFrame } from "./view.js";

const TITLE_MAX = 120;

/**
 * Lists the corpus's articles: title (linked when it has a url), outlet, date and how many
 * passages each has. A long list ends with "…and N more".
 *
 * @example
 * renderSourcesMessage([{ article, passageCount: 12 }]);
 * // description: "**1.** Biden and Putin … — TURAN · 2021-12-31 · 12 passages"
 */
export function renderSourcesMessage(
  sources: ReadonlyArray<{ article: Article; passageCount: number }>,
  view: { ephemeral?: boolean } = {},
): DiscordMessagePayload {
  const lines = sources.map(({ article, passageCount }, i) => {
    const date = article.published ?? "date unknown";
    const passages = `${passageCount} ${passageCount === 1 ? "passage" : "passages"}`;
    return `**${i + 1}.** ${titleLink(article.title, article.url, TITLE_MAX)} — ${escapeDiscordText(outletLabel(article))} · ${date} · ${passages}`;
  });
  const description =
    lines.length === 0
      ? "No articles are loaded."
      : packLines(
          lines,
          {
            chunkLength: DISCORD_LIMITS.embedDescription,
            maxChunks: 1,
            budget: DISCORD_LIMITS.embedDescription,
          },
          (omitted) => `…and ${omitted} more`,
        ).join("");
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: `Sources (${sources.length} ${sources.length === 1 ? "article" : "articles"})`,
    description,
  };
  return fitPayload({ ...messageFrame(view), embeds: [embed], components: [] });
}
