import { answer } from "../../answer/answer.js";
import { questionFromMessage, renderAnswerMessage } from "../../render/discord/index.js";
import { ANSWER_SNIPPET_LIMIT } from "../commands/ask.js";
import { expired } from "../outcome.js";
import type { ButtonHandler } from "./button.js";

/** "More": shows the next page of the answer in place. The engine is pure, so asking again gives the same snippets. */
export const moreButton: ButtonHandler<"more"> = {
  kind: "more",
  mode: "update",
  defer: "always",
  handle(interaction, action, { engine }) {
    const question = questionFromMessage(interaction.message);
    if (question === null) return expired();
    const reply = answer(question, { index: engine.index, limit: ANSWER_SNIPPET_LIMIT });
    if (!reply.answered) return expired();
    return {
      payload: renderAnswerMessage(reply, { page: action.page }),
      mode: "update",
      answered: true,
      results: reply.snippets.length,
    };
  },
};
