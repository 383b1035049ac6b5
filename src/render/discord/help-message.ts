import type { APIEmbed } from "discord.js";
import { escapeDiscordText } from "./escape.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";
import { packLines } from "./pack-lines.js";
import { type DiscordMessagePayload, fitPayload } from "./payload.js";
import { EMBED_COLOR, messageFrame } from "./view.js";

export interface HelpContent {
  articleCount: number;
  passageCount: number;
  exampleQuestions: string[];
  commands: ReadonlyArray<{ name: string; description: string }>;
}

const LINE_MAX = 300;

/**
 * Explains the bot: what it answers from, its commands and some questions to try. Ephemeral
 * unless `view.ephemeral` is false.
 *
 * @example
 * renderHelpMessage({ articleCount: 2, passageCount: 40, exampleQuestions: ["What did Putin threaten?"],
 *   commands: [{ name: "ask", description: "Ask a question" }] });
 */
export function renderHelpMessage(
  help: HelpContent,
  view: { ephemeral?: boolean } = {},
): DiscordMessagePayload {
  const articles = `${help.articleCount} ${help.articleCount === 1 ? "article" : "articles"}`;
  const passages = `${help.passageCount} ${help.passageCount === 1 ? "passage" : "passages"}`;
  const fields = [
    listField(
      "Commands",
      help.commands.map(
        (c) => `\`/${c.name.replace(/`/g, "'")}\` — ${escapeDiscordText(c.description)}`,
      ),
    ),
    listField(
      "Try asking",
      help.exampleQuestions.map((q) => `• ${escapeDiscordText(q)}`),
    ),
  ].flatMap((field) => (field ? [field] : []));
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: "How to use this bot",
    description:
      `I answer questions about ${articles} (${passages}) with short quotes, each cited to ` +
      "its article and paragraph. When the articles don't cover something, I say so.",
    fields,
  };
  return fitPayload({
    ...messageFrame({ ephemeral: view.ephemeral ?? true }),
    embeds: [embed],
    components: [],
  });
}

function listField(name: string, lines: readonly string[]) {
  if (lines.length === 0) return null;
  const value = packLines(
    lines.map((line) => truncate(line, LINE_MAX)),
    { chunkLength: DISCORD_LIMITS.fieldValue, maxChunks: 1, budget: DISCORD_LIMITS.fieldValue },
    (omitted) => `…and ${omitted} more`,
  ).join("");
  return { name, value };
}
