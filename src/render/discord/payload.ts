import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIEmbed,
  APIEmbedField,
  MessageFlags,
} from "discord.js";
import { toWellFormed } from "./escape.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";

/** A row of buttons, the only components these messages use. */
export type DiscordButtonRow = APIActionRowComponent<APIButtonComponent>;

/**
 * A message as every renderer returns it, within Discord's limits. Passable as is to
 * `interaction.reply()` and `followUp()`; `editReply()` and `update()` take it without `flags`.
 */
export interface DiscordMessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: DiscordButtonRow[];
  /** Never `parse`: only the users listed, if any, can be pinged. */
  allowedMentions: { parse: []; users?: string[] };
  flags?: MessageFlags.Ephemeral;
}

/** Below this, a field value or description says too little to keep; it is dropped instead. */
const MIN_USEFUL_TEXT = 40;
const BLANK = "\u200b";

/**
 * The single place Discord's limits are enforced: truncates content, titles, descriptions,
 * fields, footers and labels, keeps at most 25 fields per embed and shrinks embeds (last field
 * first) until they total at most 6000 characters. Lone surrogates in any of that text become
 * U+FFFD, since Discord takes only well-formed Unicode. Returns a new payload.
 *
 * @example
 * fitPayload({ content: "x".repeat(5000), embeds: [], components: [], allowedMentions: { parse: [] } })
 *   .content?.length; // 2000
 * @throws Error for a programming error: a custom id over 100 characters or used twice, more
 * than 10 embeds, 5 rows or 5 buttons in a row.
 */
export function fitPayload(payload: DiscordMessagePayload): DiscordMessagePayload {
  if (payload.embeds.length > DISCORD_LIMITS.embedsPerMessage) {
    throw new Error(
      `${payload.embeds.length} embeds; Discord allows ${DISCORD_LIMITS.embedsPerMessage}`,
    );
  }
  const embeds = payload.embeds.map(fitEmbed);
  shrinkToTotal(embeds, DISCORD_LIMITS.embedsTotalCharacters);
  const fitted: DiscordMessagePayload = {
    ...payload,
    embeds,
    components: fitComponents(payload.components),
    allowedMentions: fitAllowedMentions(payload.allowedMentions),
  };
  if (payload.content !== undefined) {
    fitted.content = fitText(payload.content, DISCORD_LIMITS.messageContent);
  }
  return fitted;
}

/** Characters an embed counts towards the 6000 total, as Discord counts them. */
export function embedCharacters(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/**
 * Text as Discord accepts it: at most `max` characters, and no lone surrogate. Escaped text
 * has none, but the footer carries the user's question as typed and labels carry suggestions.
 */
function fitText(text: string, max: number): string {
  return truncate(toWellFormed(text), max);
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = fitText(embed.title, DISCORD_LIMITS.embedTitle);
  if (embed.description !== undefined) {
    fitted.description = fitText(embed.description, DISCORD_LIMITS.embedDescription);
  }
  if (embed.author) {
    fitted.author = {
      ...embed.author,
      name: fitText(embed.author.name, DISCORD_LIMITS.authorName),
    };
  }
  if (embed.footer) {
    fitted.footer = {
      ...embed.footer,
      text: fitText(embed.footer.text, DISCORD_LIMITS.footerText),
    };
  }
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, DISCORD_LIMITS.fieldsPerEmbed).map(fitField);
  }
  return fitted;
}

function fitField(field: APIEmbedField): APIEmbedField {
  // Discord rejects empty names and values.
  return {
    ...field,
    name: fitText(field.name, DISCORD_LIMITS.fieldName) || BLANK,
    value: fitText(field.value, DISCORD_LIMITS.fieldValue) || BLANK,
  };
}

/**
 * Cuts embeds until they total at most `max` characters: fields from the last, then
 * descriptions, then titles. Footers carry state the bot reads back, so they go last.
 */
function shrinkToTotal(embeds: APIEmbed[], max: number): void {
  const over = () => embeds.reduce((sum, e) => sum + embedCharacters(e), 0) - max;
  for (const embed of [...embeds].reverse()) {
    const fields = embed.fields ?? [];
    while (over() > 0 && fields.length > 0) {
      const last = fields[fields.length - 1] as APIEmbedField;
      const keep = last.value.length - over();
      if (keep >= MIN_USEFUL_TEXT) last.value = truncate(last.value, keep);
      else fields.pop();
    }
  }
  for (const embed of [...embeds].reverse()) {
    if (over() <= 0) return;
    const keep = (embed.description?.length ?? 0) - over();
    if (keep >= MIN_USEFUL_TEXT) embed.description = truncate(embed.description ?? "", keep);
    else delete embed.description;
  }
  for (const embed of [...embeds].reverse()) {
    if (over() <= 0) return;
    const keep = Math.max(1, (embed.title?.length ?? 0) - over());
    if (embed.title !== undefined) embed.title = truncate(embed.title, keep);
  }
  for (const embed of [...embeds].reverse()) {
    if (over() <= 0) return;
    if (embed.footer)
      embed.footer.text = truncate(
        embed.footer.text,
        Math.max(1, embed.footer.text.length - over()),
      );
  }
}

function fitComponents(rows: readonly DiscordButtonRow[]): DiscordButtonRow[] {
  if (rows.length > DISCORD_LIMITS.actionRows) {
    throw new Error(`${rows.length} action rows; Discord allows ${DISCORD_LIMITS.actionRows}`);
  }
  const customIds = new Set<string>();
  return rows.map((row) => {
    if (row.components.length > DISCORD_LIMITS.buttonsPerRow) {
      throw new Error(`${row.components.length} buttons in a row; Discord allows 5`);
    }
    return {
      ...row,
      components: row.components.map((button) => {
        if ("custom_id" in button) {
          if (button.custom_id.length > DISCORD_LIMITS.customId) {
            throw new Error(
              `custom id over ${DISCORD_LIMITS.customId} characters: ${button.custom_id}`,
            );
          }
          if (customIds.has(button.custom_id)) {
            throw new Error(`custom id used twice in one message: ${button.custom_id}`);
          }
          customIds.add(button.custom_id);
        }
        return "label" in button && button.label !== undefined
          ? { ...button, label: fitText(button.label, DISCORD_LIMITS.buttonLabel) }
          : button;
      }),
    };
  });
}

function fitAllowedMentions(
  mentions: DiscordMessagePayload["allowedMentions"],
): DiscordMessagePayload["allowedMentions"] {
  return mentions.users ? { parse: [], users: [...mentions.users] } : { parse: [] };
}
