import { type DiscordMessagePayload, renderExpiredNotice } from "../render/discord/index.js";

/**
 * What a command or button handler decided to show. Handlers never talk to Discord
 * themselves: the router sends the outcome, choosing reply, edit or follow-up from how the
 * interaction was acknowledged, so every message goes through the renderer's payloads.
 */
export interface Outcome {
  payload: DiscordMessagePayload;
  /** "reply": a message of its own (private when the payload is ephemeral); "update": edit the message the button is on. */
  mode: "reply" | "update";
  /** For the interaction's log line: whether the articles answered, and how many results. */
  answered: boolean;
  results: number;
  /** The button's state could not be recovered; the payload says so. */
  expired?: boolean;
}

/** A private notice (cooldown, expired, bad input): a reply that answers nothing. */
export function notice(payload: DiscordMessagePayload): Outcome {
  return { payload, mode: "reply", answered: false, results: 0 };
}

/** "This result has expired": the button's state is gone (old format, or the corpus changed). */
export function expired(): Outcome {
  return { ...notice(renderExpiredNotice()), expired: true };
}
