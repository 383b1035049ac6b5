/**
 * Hostile input through the real bot: the discord.js client, logged in to the Discord stand-in,
 * gets each hostile string as an `/ask` question, a `/search` query and article, and as typed
 * autocomplete text for both. It answers every interaction, every payload is within Discord's
 * limits, nothing can ping anyone but the `mention` user, and nothing is logged as an error.
 *
 * Discord itself stops a user at the 300 characters the options declare; longer strings are
 * sent anyway, because the bot must cope with whatever arrives.
 */
import {
  type APIApplicationCommandInteractionDataOption,
  type APIUser,
  ApplicationCommandOptionType,
  InteractionResponseType,
} from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH } from "../../src/answer/answer-types.js";
import { resolveArticle } from "../../src/answer/search-passages.js";
import {
  EPHEMERAL,
  expectEveryPayloadValid,
  expectValidMessage,
  useHarness,
} from "../discord/harness.js";
import type { CallbackRecord, DispatchedInteraction } from "../discord-stand-in/index.js";
import { hostileParameters, hostileQuestion } from "./arbitraries.js";
import { expectSafePayload, expectValidChoices } from "./safe-payload.js";

/** Cases, each four interactions and a round trip: 800 interactions, about 3 s. */
const RUNS = 200;
const ERROR_LEVEL = 50;
/** A refusal quotes at most 80 characters back; escaped, that stays well under this. */
const MAX_REFUSAL_LENGTH = 400;
/** The whole refusal, advice included: nothing was cut off. */
const BAD_QUESTION =
  /^The question is (empty: type what you want to know|too long \(\d+ characters\): keep it under 301)\.$/;
const UNKNOWN_ARTICLE =
  /^There is no article “[\s\S]*”: pick one from the list, or leave it out\.$/;
const FRIEND: APIUser = {
  id: "123456789012345678",
  username: "friend",
  discriminator: "0",
  global_name: null,
  avatar: null,
};

const h = useHarness();

interface HostileCase {
  text: string;
  hide: boolean;
  mention: boolean;
  /** Also send the text as `/search article:`, which must name an article. */
  inArticle: boolean;
}

const hostileCase: fc.Arbitrary<HostileCase> = fc.record({
  text: hostileQuestion(),
  hide: fc.boolean(),
  mention: fc.boolean(),
  inArticle: fc.boolean(),
});

function isBadQuestion(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === "" || [...trimmed].length > MAX_QUESTION_LENGTH;
}

function askOptions(c: HostileCase): APIApplicationCommandInteractionDataOption[] {
  const { String: text, Boolean: flag, User: user } = ApplicationCommandOptionType;
  return [
    { name: "question", type: text, value: c.text },
    { name: "hide", type: flag, value: c.hide },
    ...(c.mention ? [{ name: "mention", type: user, value: FRIEND.id } as const] : []),
  ];
}

/** Asserts the bot refused with a short private message, whole, as the router does for bad input. */
function expectShortRefusal(callback: CallbackRecord, message: RegExp): void {
  expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  expect(callback.data.flags).toBe(EPHEMERAL);
  expect(callback.data.content).toMatch(message);
  expect(callback.data.content?.length).toBeLessThanOrEqual(MAX_REFUSAL_LENGTH);
  expectSafePayload(expectValidMessage(callback.data));
}

/** Asserts a deferred command was filled with one embed that may ping only `mentioned`. */
function expectDeferredAnswer(sent: DispatchedInteraction, mentioned?: string): void {
  const entry = h.discord.interaction(sent.id);
  expect(entry.callback?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
  const [edit] = entry.edits;
  expect(edit, "the deferred reply was filled").toBeDefined();
  // Limits, allowed_mentions naming at most the one user, and no live mention in any text.
  expectSafePayload(expectValidMessage(edit?.body ?? {}), mentioned);
  expect(edit?.message.embeds).toHaveLength(1);
}

function expectChoices(callback: CallbackRecord): void {
  expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
  expectValidChoices(callback.data.choices ?? []);
}

async function runCase(c: HostileCase): Promise<void> {
  const ask = h.discord.dispatchCommand({
    name: "ask",
    options: askOptions(c),
    ...(c.mention ? { resolved: { users: { [FRIEND.id]: FRIEND } } } : {}),
  });
  const search = h.discord.dispatchCommand({
    name: "search",
    options: c.inArticle ? { query: c.text, article: c.text } : { query: c.text },
  });
  const askTyping = h.discord.dispatchAutocomplete({ name: "ask", options: { question: c.text } });
  const articleTyping = h.discord.dispatchAutocomplete({
    name: "search",
    options: { query: "", article: c.text },
    focused: "article",
  });
  // Every interaction gets an answer users can see: no "This interaction failed".
  const sent = [ask, search, askTyping, articleTyping];
  await Promise.all(sent.map((s) => h.discord.waitForAnswer(s.id, { timeoutMs: 10_000 })));

  if (isBadQuestion(c.text)) {
    expectShortRefusal(callbackOf(ask), BAD_QUESTION);
    expectShortRefusal(callbackOf(search), BAD_QUESTION);
  } else {
    expectDeferredAnswer(ask, c.mention && !c.hide ? FRIEND.id : undefined);
    const unknownArticle =
      c.inArticle && c.text.trim() !== "" && !resolveArticle(h.bot.engine.index, c.text);
    if (unknownArticle) expectShortRefusal(callbackOf(search), UNKNOWN_ARTICLE);
    else expectDeferredAnswer(search);
  }
  expectChoices(callbackOf(askTyping));
  expectChoices(callbackOf(articleTyping));
}

function callbackOf(sent: DispatchedInteraction): CallbackRecord {
  const callback = h.discord.interaction(sent.id).callback;
  if (!callback) throw new Error(`interaction ${sent.id} has no callback`);
  return callback;
}

describe("the bot on hostile input", () => {
  it(`answers ${RUNS} × 4 hostile interactions within Discord's limits, pinging no one`, async () => {
    await fc.assert(fc.asyncProperty(hostileCase, runCase), hostileParameters(RUNS));

    const interactions = h.discord.interactions();
    expect(interactions.length).toBeGreaterThanOrEqual(RUNS * 4);
    for (const entry of interactions) {
      expect(entry.callback, `interaction ${entry.id} got a callback`).not.toBeNull();
      expect(entry.lateCallbackAt).toBeNull();
    }
    // Every reply, edit and choice list on the wire, including any not asserted on above.
    expect(expectEveryPayloadValid(h.discord)).toBeGreaterThanOrEqual(RUNS * 4);
    // And on the wire: no body lets Discord parse mentions, and only the friend can be pinged.
    for (const request of h.discord.requests) {
      const body = request.body as {
        allowed_mentions?: unknown;
        data?: { allowed_mentions?: unknown };
      } | null;
      const mentions = (body?.data?.allowed_mentions ?? body?.allowed_mentions) as
        | { parse?: unknown; users?: string[] }
        | undefined;
      if (mentions === undefined) continue;
      expect(mentions.parse).toEqual([]);
      for (const user of mentions.users ?? []) expect(user).toBe(FRIEND.id);
    }
    expect(h.discord.unknownRequests).toEqual([]);
    const errors = h.logs.filter((line) => line.level >= ERROR_LEVEL);
    expect(errors.map((line) => line.msg)).toEqual([]);
    const failed = h.logs.filter(
      (line) => line.event === "interaction" && line.outcome === "error",
    );
    expect(failed).toEqual([]);
  }, 60_000);
});
