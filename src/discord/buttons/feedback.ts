import {
  questionFromMessage,
  renderAlreadyVoted,
  renderFeedbackThanks,
} from "../../render/discord/index.js";
import { notice } from "../outcome.js";
import type { ButtonHandler } from "./button.js";

/**
 * 👍 / 👎: logged as a structured `feedback` event, once per user per answer, with a private
 * thank-you.
 */
export const feedbackButton: ButtonHandler<"feedback"> = {
  kind: "feedback",
  mode: "reply",
  defer: "never",
  handle(interaction, action, { feedback, logger }) {
    const message = interaction.message.id;
    const user = interaction.user.id;
    if (!feedback.record(message, user, action.vote)) return notice(renderAlreadyVoted());
    logger.info(
      {
        event: "feedback",
        vote: action.vote,
        user,
        message,
        question: questionFromMessage(interaction.message),
      },
      `feedback ${action.vote}`,
    );
    return { ...notice(renderFeedbackThanks(action.vote)), answered: true, results: 1 };
  },
};
