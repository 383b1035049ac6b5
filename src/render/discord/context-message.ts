import type { APIEmbed } from "discord.js";
import { citationLabel } from "../../answer/answer.js";
import type { Citation } from "../../answer/answer-types.js";
import { titleLink } from "./citations.js";
import { escapeDiscordText } from "./escape.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";
import { type DiscordMessagePayload, fitPayload } from "./payload.js";
import { EMBED_COLOR, messageFrame } from "./view.js";

export interface ParagraphContext {
  citation: Citation;
  /** The paragraph's sentences in order. */
  sentences: string[];
  /** Index in `sentences` of the sentence the answer quoted; out of range bolds nothing. */
  focus: number;
}

const TITLE_MAX = 200;
const SOURCE_TITLE_MAX = 150;

/**
 * Shows the whole paragraph a snippet came from, the quoted sentence in bold, to the one user
 * who asked (ephemeral).
 *
 * @example
 * renderContextMessage({ citation, sentences: ["Biden spoke.", "Putin warned."], focus: 1 });
 * // description: "Biden spoke. **Putin warned.**"
 */
export function renderContextMessage(context: ParagraphContext): DiscordMessagePayload {
  const { citation } = context;
  const source = `${titleLink(citation.title, citation.url, SOURCE_TITLE_MAX)} — ${escapeDiscordText(citationLabel(citation))}`;
  const paragraph = context.sentences
    .map((sentence, i) => {
      const text = escapeDiscordText(sentence.trim());
      return i === context.focus && text.length > 0 ? `**${text}**` : text;
    })
    .filter((text) => text.length > 0)
    .join(" ");
  const room = DISCORD_LIMITS.embedDescription - source.length - 2;
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(`¶${citation.paragraph} · ${escapeDiscordText(citation.title)}`, TITLE_MAX),
    description: `${truncate(paragraph || "(empty paragraph)", room)}\n\n${source}`,
  };
  return fitPayload({ ...messageFrame({ ephemeral: true }), embeds: [embed], components: [] });
}
