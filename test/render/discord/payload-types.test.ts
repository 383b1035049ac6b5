import {
  type APIEmbed,
  type ButtonInteraction,
  Embed,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type Message,
} from "discord.js";
import { describe, expect, expectTypeOf, it } from "vitest";
import { renderAnswerMessage } from "../../../src/render/discord/answer-message.js";
import {
  questionFromMessage,
  searchFromMessage,
  suggestionFromMessage,
} from "../../../src/render/discord/custom-id.js";
import type { DiscordMessagePayload } from "../../../src/render/discord/payload.js";
import { HOSTILE_QUESTION, makeRefusal } from "./factories.js";

describe("DiscordMessagePayload with discord.js", () => {
  it("is accepted by reply and followUp, and without flags by editReply and update", () => {
    expectTypeOf<DiscordMessagePayload>().toExtend<InteractionReplyOptions>();
    expectTypeOf<Omit<DiscordMessagePayload, "flags">>().toExtend<InteractionEditReplyOptions>();
    expectTypeOf<Omit<DiscordMessagePayload, "flags">>().toExtend<InteractionUpdateOptions>();
  });

  it("reads state back from the messages discord.js hands the bot", () => {
    expectTypeOf(questionFromMessage).toBeCallableWith({} as Message);
    expectTypeOf(searchFromMessage).toBeCallableWith({} as ButtonInteraction["message"]);
    const payload = renderAnswerMessage(
      makeRefusal({ question: HOSTILE_QUESTION, suggestions: ["What about **that**?"] }),
      { page: 0 },
    );
    // discord.js wraps received embeds in its `Embed` class; its constructor is private.
    const EmbedClass = Embed as unknown as new (data: APIEmbed) => Embed;
    const received = { embeds: payload.embeds.map((data) => new EmbedClass(data)) };
    expect(questionFromMessage(received)).toBe(HOSTILE_QUESTION);
    expect(suggestionFromMessage(received, 0)).toBe("What about **that**?");
  });
});
