/**
 * Proves the Discord stand-in against a bare discord.js Client (no bot code): login, every
 * interaction response path, command deploy, gateway resume, REST faults and auth failures.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  InteractionResponseType,
  MessageFlags,
  Routes,
} from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import {
  type DiscordStandIn,
  type StandInOptions,
  startDiscordStandIn,
} from "./discord-stand-in/index.js";

let discord: DiscordStandIn | undefined;
let client: Client | undefined;
/** Errors thrown inside interaction handlers; every test asserts there were none it did not expect. */
let handlerErrors: unknown[] = [];

afterEach(async () => {
  await client?.destroy();
  await discord?.close();
  client = undefined;
  discord = undefined;
  handlerErrors = [];
});

function newClient(standIn: DiscordStandIn): Client {
  return new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiBase } });
}

/** Starts a stand-in and a logged-in, ready client (clientReady fires after the GUILD_CREATEs). */
async function connect(
  options: StandInOptions = {},
): Promise<{ discord: DiscordStandIn; client: Client }> {
  const standIn = await startDiscordStandIn(options);
  discord = standIn;
  const bot = newClient(standIn);
  client = bot;
  const ready = once(bot, Events.ClientReady);
  await bot.login(standIn.token);
  await ready;
  return { discord: standIn, client: bot };
}

/** Registers an interaction handler whose failures are collected instead of going unhandled. */
function onInteraction(bot: Client, handler: (interaction: Interaction) => Promise<unknown>): void {
  bot.on(Events.InteractionCreate, (interaction) => {
    handler(interaction).catch((error: unknown) => handlerErrors.push(error));
  });
}

function callbackRequests(standIn: DiscordStandIn, id: string) {
  return standIn.requests.filter((request) => request.path.startsWith(`/interactions/${id}/`));
}

describe("discord stand-in with a bare discord.js client", () => {
  it("logs in: ready, configured bot user and guilds, only GET /gateway/bot on REST", async () => {
    const { discord, client } = await connect({
      botUser: { username: "newsdesk", discriminator: "4242" },
      guilds: [{ name: "Newsroom", channels: [{ name: "desk" }] }, { name: "Second" }],
    });
    expect(client.isReady()).toBe(true);
    expect(client.user?.tag).toBe("newsdesk#4242");
    expect(client.user?.id).toBe(discord.botUser.id);
    expect(client.application?.id).toBe(discord.applicationId);
    expect(client.guilds.cache.size).toBe(2);
    expect(client.guilds.cache.map((guild) => guild.name).sort()).toEqual(["Newsroom", "Second"]);
    const desk = discord.guilds[0]?.channels[0];
    expect(client.channels.cache.get(desk?.id ?? "")?.isTextBased()).toBe(true);
    expect(discord.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "GET /gateway/bot 200",
    ]);
    expect(discord.requests[0]?.headers.authorization).toBe(`Bot ${discord.token}`);
    expect(discord.gatewayStats).toMatchObject({ connections: 1, identifies: 1, resumes: 0 });
    expect(discord.unknownRequests).toEqual([]);
  });

  it("becomes ready straight after READY when no guild is configured", async () => {
    const { client } = await connect({ guilds: [] });
    expect(client.guilds.cache.size).toBe(0);
  });

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

  it("deploys guild and global commands with PUT; dispatches carry the registered ids", async () => {
    const { discord, client } = await connect();
    const guildId = discord.guilds[0]?.id ?? "";
    const application = client.application;
    if (!application) throw new Error("client.application missing");
    const ask = {
      name: "ask",
      description: "Ask the news desk",
      options: [{ name: "question", description: "What to ask", type: 3, required: true }],
    };
    const guildSet = await application.commands.set([ask], guildId);
    const globalSet = await application.commands.set([
      { name: "help", description: "How to use me" },
    ]);
    expect(discord.commands(guildId).map((c) => [c.id, c.name, c.guild_id])).toEqual([
      [guildSet.first()?.id, "ask", guildId],
    ]);
    expect(discord.commands().map((c) => [c.id, c.name])).toEqual([
      [globalSet.first()?.id, "help"],
    ]);
    const put = discord.requests.filter((r) => r.method === "PUT");
    expect(put.map((r) => r.path)).toEqual([
      Routes.applicationGuildCommands(discord.applicationId, guildId),
      Routes.applicationCommands(discord.applicationId),
    ]);
    expect(put[0]?.body).toMatchObject([{ name: "ask", description: "Ask the news desk" }]);
    const fetched = await application.commands.fetch({ guildId });
    expect([...fetched.keys()]).toEqual([guildSet.first()?.id]);

    // Re-deploying keeps ids (bulk overwrite semantics); an invalid name is rejected like Discord.
    const again = await application.commands.set([ask], guildId);
    expect(again.first()?.id).toBe(guildSet.first()?.id);
    await expect(
      application.commands.set([{ name: "Bad Name", description: "x" }], guildId),
    ).rejects.toMatchObject({ status: 400, code: 50035 });

    let commandId: string | undefined;
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      commandId = interaction.commandId;
      await interaction.reply("ok");
    });
    const sent = discord.dispatchCommand({ name: "ask", options: { question: "hi" } });
    await discord.waitForCallback(sent.id);
    expect(commandId).toBe(guildSet.first()?.id);
    expect(discord.unknownRequests).toEqual([]);
  });

  it("resumes after dropConnections(): an interaction sent meanwhile is replayed", async () => {
    const { discord, client } = await connect();
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply("still here");
    });
    const resumed = once(client, Events.ShardResume);
    discord.dropConnections();
    const sent = discord.dispatchCommand({ name: "ask" }); // the client is disconnected now
    expect(sent.sequence).not.toBeNull();
    const callback = await discord.waitForCallback(sent.id);
    expect(callback.data.content).toBe("still here");
    await resumed;
    expect(discord.gatewayStats).toMatchObject({ connections: 2, identifies: 1, resumes: 1 });
    expect(discord.gatewayStats.closeCodes).toEqual([1006]);
    expect(handlerErrors).toEqual([]);
  });

  it("resumes on op 7 RECONNECT and on a resumable op 9 INVALID_SESSION", async () => {
    const { discord, client } = await connect();
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply(interaction.commandName);
    });
    // Inject the next gateway fault only once discord.js has processed RESUMED (see index.ts).
    let clientResumes = 0;
    client.on(Events.ShardResume, () => {
      clientResumes += 1;
    });
    discord.sendReconnect();
    await discord.waitFor(() => (clientResumes === 1 ? true : undefined));
    discord.sendInvalidSession(true);
    const sent = discord.dispatchCommand({ name: "after-op9" });
    expect((await discord.waitForCallback(sent.id)).data.content).toBe("after-op9");
    await discord.waitFor(() => (clientResumes === 2 ? true : undefined));
    expect(discord.gatewayStats).toMatchObject({ identifies: 1, resumes: 2, connections: 2 });
    expect(discord.gatewayStats.closeCodes).toEqual([4200]); // discord.js closes with 4200 to resume
    expect(handlerErrors).toEqual([]);
  });

  it("delivers an interaction dispatched before login right after READY", async () => {
    const standIn = await startDiscordStandIn();
    discord = standIn;
    const early = standIn.dispatchCommand({ name: "early" });
    expect(early.sequence).toBeNull();
    client = newClient(standIn);
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply("caught up");
    });
    await client.login(standIn.token);
    expect((await standIn.waitForCallback(early.id)).data.content).toBe("caught up");
  });

  it("retries a callback answered 429 after Retry-After", async () => {
    const { discord, client } = await connect();
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply("after the rate limit");
    });
    discord.failNext({
      method: "POST",
      pathIncludes: "/callback",
      status: 429,
      retryAfterSeconds: 0.05,
    });
    const sent = discord.dispatchCommand({ name: "ask" });
    const callback = await discord.waitForCallback(sent.id);
    expect(callback.data.content).toBe("after the rate limit");
    const attempts = callbackRequests(discord, sent.id);
    expect(attempts.map((r) => [r.status, r.fault])).toEqual([
      [429, "429"],
      [204, null],
    ]);
    const [first, second] = attempts;
    // discord.js waits Retry-After (50 ms) plus its 50 ms offset; allow for timer rounding.
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(90);
    expect(discord.pendingFaults).toBe(0);
    expect(handlerErrors).toEqual([]);
  });

  it("retries a 500 on the webhook edit; a late callback gets 10062 like on Discord", async () => {
    const { discord, client } = await connect({ interactionDeadlineMs: 400 });
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      if (interaction.commandName === "late") await new Promise((r) => setTimeout(r, 600));
      await interaction.deferReply();
      await interaction.editReply("edited");
    });
    discord.failNext({ method: "PATCH", pathIncludes: "@original", status: 500 });
    const sent = discord.dispatchCommand({ name: "ask" });
    expect((await discord.waitForOriginalEdit(sent.token)).body.content).toBe("edited");
    const patches = discord.requests.filter((r) => r.method === "PATCH").map((r) => r.status);
    expect(patches).toEqual([500, 200]);

    const late = discord.dispatchCommand({ name: "late" });
    await expect(discord.waitForCallback(late.id)).rejects.toThrow(/too late/);
    await discord.waitFor(() => handlerErrors[0]);
    expect(handlerErrors[0]).toBeInstanceOf(DiscordAPIError);
    expect(handlerErrors[0]).toMatchObject({ code: 10062, status: 404 });
  });

  it("answers unknown routes with a Discord-style 404 and records them", async () => {
    const { discord, client } = await connect();
    await expect(client.rest.get(Routes.channel("123456789012345678"))).rejects.toMatchObject({
      status: 404,
      code: 0,
    });
    expect(discord.unknownRequests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /channels/123456789012345678",
    ]);
  });

  it("rejects a wrong token: REST 401 → login fails with TokenInvalid, no gateway connection", async () => {
    const standIn = await startDiscordStandIn();
    discord = standIn;
    client = newClient(standIn);
    await expect(client.login("not-the-token")).rejects.toMatchObject({ code: "TokenInvalid" });
    expect(standIn.requests.map((r) => r.status)).toEqual([401]);
    expect(standIn.gatewayStats.connections).toBe(0);
  });

  it("rejects IDENTIFY with close 4004: login fails with 'Authentication failed', no retry", async () => {
    const standIn = await startDiscordStandIn();
    discord = standIn;
    standIn.failNextIdentify(4004);
    client = newClient(standIn);
    const disconnected = once(client, Events.ShardDisconnect);
    await expect(client.login(standIn.token)).rejects.toThrow("Authentication failed");
    const [event] = (await disconnected) as [{ code: number }];
    expect(event.code).toBe(4004);
    // The server sees the close once the client has answered the close frame.
    await standIn.waitFor(() => standIn.gatewayStats.closeCodes[0]);
    expect(standIn.gatewayStats).toMatchObject({
      connections: 1,
      identifies: 1,
      closeCodes: [4004],
    });
  });

  it("lets the process exit after client.destroy() and close()", async () => {
    // A child process proves no socket or timer from discord.js or the stand-in is left behind.
    const script = `
      import { Client, GatewayIntentBits } from "discord.js";
      import { startDiscordStandIn } from "./test/discord-stand-in/index.ts";
      const discord = await startDiscordStandIn({ heartbeatIntervalMs: 100 });
      const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiBase } });
      client.on("interactionCreate", (i) => i.isChatInputCommand() && i.reply("bye"));
      await client.login(discord.token);
      await discord.waitForCallback(discord.dispatchCommand({ name: "ask" }).id);
      await client.destroy();
      await discord.close();
      console.log("closed");
    `;
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      {
        cwd: new URL("..", import.meta.url),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 8_000);
    const [code] = (await once(child, "exit")) as [number | null];
    clearTimeout(timer);
    expect(output.trim()).toBe("closed");
    expect(code).toBe(0);
  }, 15_000);
});
