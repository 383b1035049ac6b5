import { answer } from "../../answer/answer.js";
import { renderAnswerMessage, suggestionFromMessage } from "../../render/discord/index.js";
import { ANSWER_SNIPPET_LIMIT } from "../commands/ask.js";
import { expired } from "../outcome.js";
import type { ButtonHandler } from "./button.js";

/**
 * A did-you-mean button: asks the suggested question and shows its answer in place of the
 * "not found" message, so the channel gets one useful message rather than two.
 */
export const suggestionButton: ButtonHandler<"suggestion"> = {
  kind: "suggestion",
  mode: "update",
  defer: "always",
  handle(interaction, action, { engine }) {
    const question = suggestionFromMessage(interaction.message, action.index);
    if (question === null) return expired();
    const reply = answer(question, { index: engine.index, limit: ANSWER_SNIPPET_LIMIT });
    return {
      payload: renderAnswerMessage(reply, { page: 0 }),
      mode: "update",
      answered: reply.answered,
      results: reply.snippets.length,
    };
  },
};
