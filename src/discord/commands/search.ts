import { type ChatInputCommandInteraction, SlashCommandBuilder } from "discord.js";
import { MAX_QUESTION_LENGTH } from "../../answer/answer-types.js";
import { validateQuestion } from "../../answer/question-error.js";
import {
  resolveArticle,
  searchPassages,
  UnknownArticleError,
} from "../../answer/search-passages.js";
import { outletLabel } from "../../corpus/article.js";
import {
  type AutocompleteChoice,
  DISCORD_LIMITS,
  renderSearchMessage,
  truncate,
} from "../../render/discord/index.js";
import type { PassageIndex } from "../../search/passage-index.js";
import type { SlashCommand } from "./command.js";

const data = new SlashCommandBuilder()
  .setName("search")
  .setDescription("List the passages that match some words, 5 per page.")
  .addStringOption((option) =>
    option
      .setName("query")
      .setDescription("Words to look for, e.g. sanctions")
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH),
  )
  .addStringOption((option) =>
    option
      .setName("article")
      .setDescription("Search one article only (start typing its title).")
      .setAutocomplete(true),
  );

/** The article id to search within, or `null`; throws UnknownArticleError for a wrong one. */
function articleId(interaction: ChatInputCommandInteraction, index: PassageIndex): string | null {
  const typed = interaction.options.getString("article")?.trim();
  if (!typed) return null;
  const article = resolveArticle(index, typed);
  if (!article) throw new UnknownArticleError(typed);
  return article.id;
}

/** `/search query:<text> [article]`: ranked matching passages with ◀ ▶ pages. */
export const search: SlashCommand = {
  data,
  defer: "always",
  cooldown: true,
  validate(interaction, { engine }) {
    validateQuestion(interaction.options.getString("query", true));
    articleId(interaction, engine.index);
  },
  execute(interaction, { engine }) {
    const results = searchPassages(interaction.options.getString("query", true), {
      index: engine.index,
      articleId: articleId(interaction, engine.index),
    });
    return {
      payload: renderSearchMessage(results),
      mode: "reply",
      answered: results.total > 0,
      results: results.total,
    };
  },
  autocomplete(interaction, { engine }) {
    const focused = interaction.options.getFocused(true);
    return focused.name === "article" ? articleChoices(engine.index, focused.value) : [];
  },
};

/**
 * Articles whose title, outlet or id holds what was typed, those starting with it first.
 * The choice shows the title and outlet; its value is the id, which fits a custom id.
 */
export function articleChoices(index: PassageIndex, typed: string): AutocompleteChoice[] {
  const wanted = typed.trim().toLowerCase();
  const max = DISCORD_LIMITS.autocompleteChoiceLength;
  const scored = [];
  for (const article of index.articles.values()) {
    if (article.id.length > max) continue;
    const haystack = `${article.title} ${outletLabel(article)} ${article.id}`.toLowerCase();
    const at = haystack.indexOf(wanted);
    if (at === -1) continue;
    scored.push({ article, rank: at === 0 ? 0 : 1 });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.article.title.localeCompare(b.article.title))
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map(({ article }) => ({
      name: truncate(`${article.title} — ${outletLabel(article)}`, max),
      value: article.id,
    }));
}
