import { expect } from "vitest";
import { DISCORD_LIMITS } from "../../../src/render/discord/limits.js";
import type { DiscordMessagePayload } from "../../../src/render/discord/payload.js";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Asserts that a payload would be accepted by Discord: every length and count limit, unique
 * custom ids, well-formed strings, and mentions that can ping nobody but the users listed.
 * Shared by the renderer's unit tests and the bot's end-to-end tests.
 */
export function expectWithinDiscordLimits(payload: DiscordMessagePayload): void {
  const L = DISCORD_LIMITS;
  const strings: string[] = [];
  const check = (label: string, value: string | undefined | null, max: number) => {
    if (value === undefined || value === null) return 0;
    expect(value.length, `${label} length`).toBeLessThanOrEqual(max);
    strings.push(value);
    return value.length;
  };

  check("content", payload.content, L.messageContent);
  expect(payload.embeds.length, "embeds").toBeLessThanOrEqual(L.embedsPerMessage);
  let total = 0;
  payload.embeds.forEach((embed, e) => {
    total += check(`embeds[${e}].title`, embed.title, L.embedTitle);
    total += check(`embeds[${e}].description`, embed.description, L.embedDescription);
    total += check(`embeds[${e}].author.name`, embed.author?.name, L.authorName);
    total += check(`embeds[${e}].footer.text`, embed.footer?.text, L.footerText);
    const fields = embed.fields ?? [];
    expect(fields.length, `embeds[${e}].fields`).toBeLessThanOrEqual(L.fieldsPerEmbed);
    fields.forEach((field, f) => {
      expect(field.name.length, `embeds[${e}].fields[${f}].name empty`).toBeGreaterThan(0);
      expect(field.value.length, `embeds[${e}].fields[${f}].value empty`).toBeGreaterThan(0);
      total += check(`embeds[${e}].fields[${f}].name`, field.name, L.fieldName);
      total += check(`embeds[${e}].fields[${f}].value`, field.value, L.fieldValue);
    });
  });
  expect(total, "characters across embeds").toBeLessThanOrEqual(L.embedsTotalCharacters);

  expect(payload.components.length, "action rows").toBeLessThanOrEqual(L.actionRows);
  const customIds = new Set<string>();
  for (const row of payload.components) {
    expect(row.components.length, "buttons in a row").toBeGreaterThan(0);
    expect(row.components.length, "buttons in a row").toBeLessThanOrEqual(L.buttonsPerRow);
    for (const button of row.components) {
      const label = "label" in button ? button.label : undefined;
      const emoji = "emoji" in button ? button.emoji : undefined;
      expect(Boolean(label) || Boolean(emoji), "button has a label or emoji").toBe(true);
      check("button label", label, L.buttonLabel);
      if ("custom_id" in button) {
        check("custom_id", button.custom_id, L.customId);
        expect(customIds.has(button.custom_id), `custom_id ${button.custom_id} unique`).toBe(false);
        customIds.add(button.custom_id);
      }
    }
  }

  expect(payload.allowedMentions.parse, "allowedMentions.parse").toEqual([]);
  const allowedUsers = payload.allowedMentions.users ?? [];
  for (const match of (payload.content ?? "").matchAll(/<@!?(\d+)>/g)) {
    expect(allowedUsers, "pinged users are exactly those allowed").toContain(match[1]);
  }
  for (const text of strings) {
    expect(
      LONE_SURROGATE.test(text),
      `lone surrogate in ${JSON.stringify(text.slice(0, 40))}`,
    ).toBe(false);
  }
}
