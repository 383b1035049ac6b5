import { type ChatInputCommandInteraction, SlashCommandBuilder } from "discord.js";
import { answer } from "../../answer/answer.js";
import { MAX_QUESTION_LENGTH } from "../../answer/answer-types.js";
import { autocompleteQuestions } from "../../answer/autocomplete.js";
import { validateQuestion } from "../../answer/question-error.js";
import {
  ANSWER_PAGE_SIZE,
  renderAnswerMessage,
  toAutocompleteChoices,
} from "../../render/discord/index.js";
import type { SlashCommand } from "./command.js";

/** Snippets an answer may hold: three pages of "More". */
export const ANSWER_SNIPPET_LIMIT = 3 * ANSWER_PAGE_SIZE;

const data = new SlashCommandBuilder()
  .setName("ask")
  .setDescription("Ask a question about the news articles; get short cited quotes.")
  .addStringOption((option) =>
    option
      .setName("question")
      .setDescription("What you want to know, e.g. What did Putin threaten?")
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH)
      .setAutocomplete(true),
  )
  .addBooleanOption((option) =>
    option
      .setName("hide")
      .setDescription("Only you see the answer (default: everyone in the channel)."),
  )
  .addUserOption((option) =>
    option
      .setName("mention")
      .setDescription("Suggest the answer to someone: they are the only one pinged."),
  );

function question(interaction: ChatInputCommandInteraction): string {
  return interaction.options.getString("question", true);
}

function hidden(interaction: ChatInputCommandInteraction): boolean {
  return interaction.options.getBoolean("hide") ?? false;
}

/** `/ask question:<text> [hide] [mention]`: answers from the corpus as one cited embed. */
export const ask: SlashCommand = {
  data,
  defer: "always",
  cooldown: true,
  ephemeral: hidden,
  validate(interaction) {
    validateQuestion(question(interaction));
  },
  execute(interaction, { engine }) {
    const reply = answer(question(interaction), {
      index: engine.index,
      limit: ANSWER_SNIPPET_LIMIT,
    });
    // A private answer cannot ping anyone, so `mention` only applies to public ones.
    const mentioned = hidden(interaction) ? null : interaction.options.getUser("mention");
    const payload = renderAnswerMessage(reply, {
      page: 0,
      ephemeral: hidden(interaction),
      ...(mentioned ? { mentionUserId: mentioned.id } : {}),
    });
    return { payload, mode: "reply", answered: reply.answered, results: reply.snippets.length };
  },
  autocomplete(interaction, { engine }) {
    const typed = interaction.options.getFocused();
    return toAutocompleteChoices(autocompleteQuestions(typed, { index: engine.index }));
  },
};
