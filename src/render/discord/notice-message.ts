import { escapeDiscordText } from "./escape.js";
import { type DiscordMessagePayload, fitPayload } from "./payload.js";
import { messageFrame } from "./view.js";

/**
 * The ephemeral one-liners the bot sends about itself rather than about the articles.
 * Anything passed in is escaped.
 */

function notice(content: string): DiscordMessagePayload {
  return fitPayload({ ...messageFrame({ ephemeral: true }), content, embeds: [], components: [] });
}

/**
 * @example
 * renderErrorNotice("7F3A").content; // "Something went wrong (ref 7F3A). Please try again."
 */
export function renderErrorNotice(ref: string): DiscordMessagePayload {
  return notice(`Something went wrong (ref ${escapeDiscordText(ref)}). Please try again.`);
}

/**
 * @example
 * renderCooldownNotice(4.2).content; // "Slow down — try again in 5 s."
 */
export function renderCooldownNotice(retryAfterSeconds: number): DiscordMessagePayload {
  const seconds = Number.isFinite(retryAfterSeconds)
    ? Math.max(1, Math.ceil(retryAfterSeconds))
    : 1;
  return notice(`Slow down — try again in ${seconds} s.`);
}

/**
 * @example
 * renderExpiredNotice().content; // "This result has expired. Ask again to get a fresh one."
 */
export function renderExpiredNotice(): DiscordMessagePayload {
  return notice("This result has expired. Ask again to get a fresh one.");
}

/**
 * @example
 * renderFeedbackThanks("up").content; // "Thanks for the feedback! 👍"
 */
export function renderFeedbackThanks(vote: "up" | "down"): DiscordMessagePayload {
  return notice(
    vote === "up"
      ? "Thanks for the feedback! 👍"
      : "Thanks for the feedback. 👎 It helps improve the answers.",
  );
}

/**
 * @example
 * renderAlreadyVoted().content; // "You already rated this answer."
 */
export function renderAlreadyVoted(): DiscordMessagePayload {
  return notice("You already rated this answer.");
}

/**
 * @example
 * renderInputError("Questions can be at most 300 characters.").content;
 */
export function renderInputError(message: string): DiscordMessagePayload {
  return notice(escapeDiscordText(message));
}

/**
 * What `/reload` did, or which corpus file stopped it, for the admin who ran it.
 *
 * @example
 * renderReloadNotice("Reloaded in 40 ms: 2 → 3 articles, 24 → 31 passages.").content;
 */
export function renderReloadNotice(summary: string): DiscordMessagePayload {
  return notice(escapeDiscordText(summary));
}
