/**
 * Proves the Discord stand-in against a bare discord.js Client (no bot code): every interaction
 * response path (reply, defer then edit, autocomplete, buttons, follow-ups, withResponse, files,
 * fetch and delete, DMs and selects) and the rejections Discord gives (50035, 40060).
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  InteractionResponseType,
  MessageFlags,
  Routes,
} from "discord.js";
import { describe, expect, it } from "vitest";
import { callbackRequests, setUpClientHarness } from "./discord-stand-in/client-harness.js";

const { connect, onInteraction, handlerErrors } = setUpClientHarness();

describe("discord stand-in with a bare discord.js client", () => {
  it("slash command → reply: callback type 4 with content and allowed_mentions", async () => {
    const { discord, client } = await connect();
    const seen: Record<string, unknown> = {};
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      Object.assign(seen, {
        name: interaction.commandName,
        question: interaction.options.getString("question"),
        limit: interaction.options.getInteger("limit"),
        guildId: interaction.guildId,
        channelIsText: interaction.channel?.isTextBased(),
        user: interaction.user.username,
        locale: interaction.locale,
      });
      await interaction.reply({ content: "Here is what I found.", allowedMentions: { parse: [] } });
    });
    const sent = discord.dispatchCommand({
      name: "ask",
      options: { question: "who won?", limit: 3 },
      locale: "fr",
    });
    const callback = await discord.waitForCallback(sent.id);
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data.content).toBe("Here is what I found.");
    expect(callback.data.allowed_mentions).toEqual({ parse: [] });
    expect(seen).toEqual({
      name: "ask",
      question: "who won?",
      limit: 3,
      guildId: discord.guilds[0]?.id,
      channelIsText: true,
      user: "tester",
      locale: "fr",
    });
    const [request] = callbackRequests(discord, sent.id);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.status).toBe(204);
    expect(discord.originalMessage(sent.token)?.content).toBe("Here is what I found.");
    expect(handlerErrors).toEqual([]);
  });

  it("deferReply then editReply: callback type 5, then PATCH @original", async () => {
    const { discord, client } = await connect();
    let edited: string | undefined;
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const message = await interaction.editReply({ content: "Done thinking." });
      edited = message.content;
    });
    const sent = discord.dispatchCommand({ name: "ask" });
    const callback = await discord.waitForCallback(sent.id);
    expect(callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(callback.data.flags).toBe(MessageFlags.Ephemeral);
    const edit = await discord.waitForOriginalEdit(sent.token);
    expect(edit.body.content).toBe("Done thinking.");
    expect(edit.message.flags).toBe(MessageFlags.Ephemeral); // Loading cleared, still ephemeral
    await discord.waitFor(() => edited);
    expect(edited).toBe("Done thinking.");
    const answer = await discord.waitForAnswer(sent.id);
    expect(answer.via).toBe("edit");
    expect(
      discord.requests.some((r) => r.method === "PATCH" && r.path.endsWith("/messages/@original")),
    ).toBe(true);
    expect(handlerErrors).toEqual([]);
  });

  it("autocomplete → respond: callback type 8 with the choices", async () => {
    const { discord, client } = await connect();
    let focused: unknown;
    onInteraction(client, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      focused = interaction.options.getFocused(true);
      await interaction.respond([
        { name: "Elections 2024", value: "elections-2024" },
        { name: "Electric cars", value: "electric-cars" },
      ]);
    });
    const sent = discord.dispatchAutocomplete({
      name: "ask",
      options: { scope: "all", topic: "ele" },
    });
    const callback = await discord.waitForCallback(sent.id);
    expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(callback.data.choices?.map((choice) => choice.value)).toEqual([
      "elections-2024",
      "electric-cars",
    ]);
    expect(focused).toMatchObject({ name: "topic", value: "ele", focused: true });
    expect(handlerErrors).toEqual([]);
  });

  it("buttons: update → type 7; deferUpdate + editReply → type 6 and PATCH of the message", async () => {
    const { discord, client } = await connect();
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId("more").setLabel("More").setStyle(ButtonStyle.Primary),
        );
        await interaction.reply({ content: "Page 1", components: [row] });
      } else if (interaction.isButton() && interaction.customId === "more") {
        await interaction.update({
          content: `Page 2 (was: ${interaction.message.content})`,
          components: [],
        });
      } else if (interaction.isButton() && interaction.customId === "slow") {
        await interaction.deferUpdate();
        await interaction.editReply({ content: "Page 3" });
      }
    });
    const command = discord.dispatchCommand({ name: "ask" });
    await discord.waitForCallback(command.id);
    const message = discord.originalMessage(command.token);
    if (!message) throw new Error("no reply message");
    expect(message.components).toHaveLength(1);

    const click = discord.dispatchButton({ customId: "more", message });
    const update = await discord.waitForCallback(click.id);
    expect(update.type).toBe(InteractionResponseType.UpdateMessage);
    expect(update.data.content).toBe("Page 2 (was: Page 1)");
    expect(discord.originalMessage(click.token)).toMatchObject({
      id: message.id,
      content: "Page 2 (was: Page 1)",
      components: [],
    });

    const slow = discord.dispatchButton({ customId: "slow", message });
    expect((await discord.waitForCallback(slow.id)).type).toBe(
      InteractionResponseType.DeferredMessageUpdate,
    );
    const edit = await discord.waitForOriginalEdit(slow.token);
    expect(edit.message).toMatchObject({ id: message.id, content: "Page 3" });
    expect(handlerErrors).toEqual([]);
  });

  it("followUp: a new message after a reply; the first one after a defer fills the reply", async () => {
    const { discord, client } = await connect();
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      if (interaction.commandName === "reply-first") {
        await interaction.reply("First.");
        await interaction.followUp({
          content: "Second, privately.",
          flags: MessageFlags.Ephemeral,
        });
      } else {
        await interaction.deferReply();
        await interaction.followUp("Filled in.");
      }
    });
    const replied = discord.dispatchCommand({ name: "reply-first" });
    const followUp = await discord.waitForFollowUp(replied.token);
    expect(followUp.content).toBe("Second, privately.");
    expect(followUp.flags).toBe(MessageFlags.Ephemeral);
    expect(followUp.id).not.toBe(discord.originalMessage(replied.token)?.id);
    expect(followUp.interaction_metadata?.original_response_message_id).toBe(
      discord.originalMessage(replied.token)?.id,
    );

    const deferred = discord.dispatchCommand({ name: "defer-first" });
    const filled = await discord.waitForFollowUp(deferred.token);
    expect(filled.id).toBe(discord.originalMessage(deferred.token)?.id);
    expect(discord.originalMessage(deferred.token)?.content).toBe("Filled in.");
    expect(handlerErrors).toEqual([]);
  });

  it("handles withResponse, files (multipart), fetchReply, deleteReply, DMs and selects", async () => {
    const { discord, client } = await connect();
    const seen: Record<string, unknown> = {};
    onInteraction(client, async (interaction) => {
      if (interaction.isStringSelectMenu()) {
        await interaction.update({ content: `picked ${interaction.values.join("+")}` });
      } else if (interaction.isChatInputCommand() && interaction.inGuild()) {
        const response = await interaction.reply({
          content: "with a file",
          files: [{ attachment: Buffer.from("hello"), name: "note.txt" }],
          withResponse: true,
        });
        seen.resourceContent = response.resource?.message?.content;
        seen.fetched = (await interaction.fetchReply()).attachments.first()?.name;
        await interaction.deleteReply();
      } else if (interaction.isChatInputCommand()) {
        seen.dm = { guildId: interaction.guildId, member: interaction.member };
        await interaction.reply("in a DM");
      }
    });
    const sent = discord.dispatchCommand({ name: "file" });
    await discord.waitFor(() => (discord.interaction(sent.id).originalDeleted ? true : undefined));
    const [callback] = callbackRequests(discord, sent.id);
    expect(callback?.query).toEqual({ with_response: "true" });
    expect(callback?.status).toBe(200);
    expect(callback?.files).toEqual([
      { field: "files[0]", name: "note.txt", contentType: "application/octet-stream", size: 5 },
    ]);
    expect(callback?.body).toMatchObject({ type: 4, data: { content: "with a file" } });
    expect(seen).toMatchObject({ resourceContent: "with a file", fetched: "note.txt" });
    expect(discord.originalMessage(sent.token)).toBeNull();

    const dm = discord.dispatchCommand({ name: "dm", guildId: null });
    await discord.waitForCallback(dm.id);
    expect(seen.dm).toEqual({ guildId: null, member: null });
    const message = discord.originalMessage(dm.token);
    if (!message) throw new Error("no DM reply");
    const select = discord.dispatchStringSelect({
      customId: "pick",
      values: ["a", "b"],
      message,
      guildId: null,
    });
    expect((await discord.waitForCallback(select.id)).data.content).toBe("picked a+b");
    expect(handlerErrors).toEqual([]);
  });

  it("rejects what Discord rejects: over-long content (50035), acknowledging twice (40060)", async () => {
    const { discord, client } = await connect();
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply("x".repeat(2001));
    });
    const sent = discord.dispatchCommand({ name: "ask" });
    await discord.waitFor(() => handlerErrors[0]);
    expect(handlerErrors[0]).toMatchObject({ status: 400, code: 50035 });
    expect(String(handlerErrors[0])).toContain("data.content[BASE_TYPE_MAX_LENGTH]");
    expect(discord.callback(sent.id)).toBeNull();

    // discord.js guards double replies itself, so speak REST directly for the 40060 case.
    const other = discord.dispatchCommand({ name: "ask" });
    const route = Routes.interactionCallback(other.id, other.token);
    const body = { type: InteractionResponseType.DeferredChannelMessageWithSource };
    await client.rest.post(route, { body, auth: false });
    await expect(client.rest.post(route, { body, auth: false })).rejects.toMatchObject({
      status: 400,
      code: 40060,
    });
  });
});
