import { SlashCommandBuilder } from "discord.js";
import { renderSourcesMessage } from "../../render/discord/index.js";
import type { PassageIndex } from "../../search/passage-index.js";
import type { SlashCommand } from "./command.js";

/** `/sources`: the corpus's articles with outlet, date, link and passage count. */
export const sources: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("sources")
    .setDescription("List the articles the answers come from."),
  defer: "never",
  execute(_interaction, { engine }) {
    const counts = passageCounts(engine.index);
    const list = engine.corpus.articles.map((article) => ({
      article,
      passageCount: counts.get(article.id) ?? 0,
    }));
    return {
      payload: renderSourcesMessage(list),
      mode: "reply",
      answered: list.length > 0,
      results: list.length,
    };
  },
};

function passageCounts(index: PassageIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const passage of index.passages) {
    counts.set(passage.articleId, (counts.get(passage.articleId) ?? 0) + 1);
  }
  return counts;
}
