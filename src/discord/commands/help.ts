import { SlashCommandBuilder } from "discord.js";
import { autocompleteQuestions } from "../../answer/autocomplete.js";
import { renderHelpMessage } from "../../render/discord/index.js";
import type { SlashCommand } from "./command.js";

const EXAMPLE_QUESTIONS = 5;

/** `/help`: what the bot knows, questions to try, and the commands. */
export const help: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("help")
    .setDescription("What this bot knows, example questions and its commands."),
  defer: "never",
  execute(_interaction, { engine, commandList }) {
    const exampleQuestions = autocompleteQuestions("", {
      index: engine.index,
      limit: EXAMPLE_QUESTIONS,
    });
    const payload = renderHelpMessage({
      articleCount: engine.corpus.articles.length,
      passageCount: engine.index.passages.length,
      exampleQuestions,
      commands: commandList(),
    });
    return { payload, mode: "reply", answered: true, results: exampleQuestions.length };
  },
};
