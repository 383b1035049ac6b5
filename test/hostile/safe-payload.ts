/**
 * What every message the bot renders from hostile text must satisfy: Discord's limits, and no
 * way to ping anyone but the one user a `/ask mention:` names.
 */
import { expect } from "vitest";
import type { DiscordMessagePayload } from "../../src/render/discord/index.js";
import { expectWithinDiscordLimits } from "../render/discord/limits-assertions.js";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text that Discord would render as a mention: `@everyone`, `@here`, `<@…>`, `<@!…>`, `<@&…>`,
 * `<#…>`, `</cmd:…>`, custom emoji `<:…>` `<a:…>` and timestamps `<t:…>`. The escaper puts a
 * zero-width space after every `@` and `<`, so none can form.
 */
const LIVE_MENTION = /@(?:everyone|here)|<(?:[@#/:]|a:|t:)/i;

/**
 * The target of a masked link the renderer made, `](https://…)` after an unescaped `]`. Link
 * targets are not rendered text, and `safeLink` percent-encodes `<` in them; user text's `]`
 * is always escaped, so a user cannot fake one.
 */
const LINK_TARGET = /(^|[^\\])((?:\\\\)*)\]\((https?:\/\/[^\s()]*)\)/g;

/**
 * Asserts Discord would accept `payload` and that it can ping nobody, except `mentionUserId`
 * when given. Checks the text Discord renders as markdown (content, titles, descriptions,
 * fields); footers and button labels render neither markdown nor mentions, and footers carry
 * the exact question for buttons to read back, so they are checked for limits only.
 */
export function expectSafePayload(payload: DiscordMessagePayload, mentionUserId?: string): void {
  expectWithinDiscordLimits(payload);
  expect(payload.allowedMentions.parse).toEqual([]);
  expect(payload.allowedMentions.users ?? []).toEqual(
    mentionUserId === undefined ? [] : [mentionUserId],
  );
  let content = payload.content ?? "";
  if (mentionUserId !== undefined) {
    const frame = `Suggested for <@${mentionUserId}>`;
    expect(content.startsWith(frame), "the mention frame comes first").toBe(true);
    content = content.slice(frame.length);
  }
  const rendered = [
    content,
    ...payload.embeds.flatMap((embed) => [
      embed.title ?? "",
      embed.description ?? "",
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ]),
  ];
  for (const text of rendered) expectNoLiveMention(text);
}

/** Asserts `text` holds nothing Discord would render as a mention. */
function expectNoLiveMention(text: string): void {
  for (const match of text.matchAll(LINK_TARGET)) {
    expect(match[3], "a link target cannot open a tag").not.toMatch(/[<>]/);
  }
  const visible = text.replace(LINK_TARGET, "$1$2]");
  const live = LIVE_MENTION.exec(visible);
  if (live) {
    const around = visible.slice(Math.max(0, live.index - 30), live.index + 30);
    expect.fail(`live mention ${JSON.stringify(live[0])} in …${JSON.stringify(around)}…`);
  }
}

/**
 * Asserts autocomplete choices Discord would accept: at most 25, each name and value 1–100
 * characters of well-formed text. Checked in plain code and asserted once: this runs for
 * thousands of cases, and one `expect` per string cost more than the code under test.
 */
export function expectValidChoices(
  choices: ReadonlyArray<{ name: string; value: string | number }>,
): void {
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices`);
  for (const { name, value } of choices) {
    for (const text of [name, String(value)]) {
      if (text.length === 0 || text.length > 100) {
        problems.push(`${text.length} characters: ${JSON.stringify(text)}`);
      }
      if (LONE_SURROGATE.test(text)) problems.push(`lone surrogate in ${JSON.stringify(text)}`);
    }
  }
  expect(problems).toEqual([]);
}
