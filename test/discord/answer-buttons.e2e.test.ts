/**
 * The buttons on an answer, end to end through the real discord.js client: More, Context,
 * 👍 / 👎 (once per user), and what a button whose state is gone answers.
 */
import { type APIMessage, InteractionResponseType } from "discord.js";
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { autocompleteQuestions } from "../../src/answer/autocomplete.js";
import { ANSWER_SNIPPET_LIMIT } from "../../src/discord/commands/ask.js";
import { ANSWER_PAGE_SIZE, renderAnswerMessage } from "../../src/render/discord/index.js";
import {
  askThrough,
  button,
  buttons,
  EPHEMERAL,
  expectValidMessage,
  useHarness,
} from "./harness.js";

const h = useHarness();

/** Dispatches /ask and resolves with the message users see once the deferred reply is filled. */
const ask = (question: string, extra: Record<string, string | boolean> = {}) =>
  askThrough(h, question, extra);

describe("answer buttons", () => {
  it("More shows the next snippets in place", async () => {
    const question = questionWithPages();
    const expected = answer(question, { index: h.bot.engine.index, limit: ANSWER_SNIPPET_LIMIT });
    const { message } = await ask(question);
    const click = h.discord.dispatchButton({ customId: button(message, "More"), message });
    const edit = await h.discord.waitForOriginalEdit(click.token);
    expectValidMessage(edit.body);
    expect(edit.message.id).toBe(message.id);
    const [page2] = renderAnswerMessage(expected, { page: 1 }).embeds;
    expect(edit.message.embeds[0]?.description).toBe(page2?.description);
    expect(edit.message.embeds[0]?.description).not.toBe(message.embeds[0]?.description);
    expect(edit.message.embeds[0]?.footer?.text).toMatch(/^Page 2 of \d+ · Question: /);
    expect(buttons(edit.message).has("More")).toBe(expected.snippets.length > 2 * ANSWER_PAGE_SIZE);
  });

  it("Context shows the whole paragraph privately, the quoted sentence in bold", async () => {
    const { message } = await ask("What did Putin threaten?");
    const click = h.discord.dispatchButton({ customId: button(message, "Context [1]"), message });
    const callback = await h.discord.waitForCallback(click.id);
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data.flags).toBe(EPHEMERAL);
    const payload = expectValidMessage(callback.data);
    const [embed] = payload.embeds;
    expect(embed?.title).toMatch(/^¶\d+ · /);
    expect(embed?.description).toMatch(/\*\*.+\*\*/);
    expect(embed?.description).toMatch(/TURAN, ¶\d+/);
  });

  it("👍 / 👎 thank privately, log a feedback event, and count once per user per answer", async () => {
    const { message } = await ask("What did Putin threaten?");
    const up = h.discord.dispatchButton({ customId: button(message, "Helpful"), message });
    const thanks = await h.discord.waitForCallback(up.id);
    expect(thanks.data.flags).toBe(EPHEMERAL);
    expect(thanks.data.content).toMatch(/Thanks/);
    expectValidMessage(thanks.data);

    const again = h.discord.dispatchButton({ customId: button(message, "Not helpful"), message });
    expect((await h.discord.waitForCallback(again.id)).data.content).toMatch(/already rated/);

    const other = h.discord.dispatchButton({
      customId: button(message, "Not helpful"),
      message,
      user: { id: "223456789012345678", username: "other" },
    });
    expect((await h.discord.waitForCallback(other.id)).data.content).toMatch(/Thanks/);

    const events = h.logs.filter(
      (line) => line.event === "feedback" && line.message === message.id,
    );
    expect(events).toEqual([
      expect.objectContaining({
        vote: "up",
        user: h.discord.defaultUser.id,
        question: "What did Putin threaten?",
      }),
      expect.objectContaining({ vote: "down", user: "223456789012345678" }),
    ]);
  });

  it("answers a button whose state is gone with a private 'expired'", async () => {
    const { message } = await ask("What did Putin threaten?");
    const old = h.discord.dispatchButton({ customId: "v0:more:1", message });
    const callback = await h.discord.waitForCallback(old.id);
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(callback.data.content).toMatch(/expired/);

    // A More button on a message that lost its question footer.
    const stripped: APIMessage = { ...message, embeds: [{ title: "something else" }] };
    const more = h.discord.dispatchButton({ customId: "v1:more:1", message: stripped });
    await h.discord.waitForAnswer(more.id);
    expect(h.discord.followUps(more.token)[0]?.content ?? "").toMatch(/expired/);
    expect(h.discord.followUps(more.token)[0]?.flags).toBe(EPHEMERAL);
    const context = h.discord.dispatchButton({ customId: "v1:ctx:99:1:no-such-article", message });
    expect((await h.discord.waitForCallback(context.id)).data.content).toMatch(/expired/);
  });
});

/** A question whose answer runs to a second page, found among the corpus's own questions. */
function questionWithPages(): string {
  const index = h.bot.engine.index;
  const candidates = [
    "What did Putin threaten?",
    ...autocompleteQuestions("", { index, limit: 200 }),
  ];
  const found = candidates.find(
    (q) => answer(q, { index, limit: ANSWER_SNIPPET_LIMIT }).snippets.length > ANSWER_PAGE_SIZE,
  );
  if (!found) throw new Error("no question in this corpus has more than one page of snippets");
  return found;
}
