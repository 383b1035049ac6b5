import { MessageFlags } from "discord.js";
import type { DiscordMessagePayload } from "./payload.js";

/** Matches a Discord snowflake id; anything else in a mention is a programming error. */
const SNOWFLAKE = /^[0-9]{1,20}$/;

/**
 * The parts every payload shares: `allowedMentions` that ping nobody (or just the one user
 * suggested to), the optional "Suggested for @user" content, and the ephemeral flag.
 *
 * @example
 * messageFrame({ mentionUserId: "123", ephemeral: false });
 * // { content: "Suggested for <@123>", allowedMentions: { parse: [], users: ["123"] } }
 * @throws Error when `mentionUserId` is not a snowflake.
 */
export function messageFrame(view: {
  mentionUserId?: string | undefined;
  ephemeral?: boolean | undefined;
}): Pick<DiscordMessagePayload, "content" | "allowedMentions" | "flags"> {
  const frame: Pick<DiscordMessagePayload, "content" | "allowedMentions" | "flags"> = {
    allowedMentions: { parse: [] },
  };
  if (view.mentionUserId !== undefined) {
    if (!SNOWFLAKE.test(view.mentionUserId)) {
      throw new Error(`not a Discord user id: ${JSON.stringify(view.mentionUserId)}`);
    }
    frame.content = `Suggested for <@${view.mentionUserId}>`;
    frame.allowedMentions = { parse: [], users: [view.mentionUserId] };
  }
  if (view.ephemeral) frame.flags = MessageFlags.Ephemeral;
  return frame;
}

/** The accent colour of the bot's embeds. */
export const EMBED_COLOR = 0x2f6f9f;
