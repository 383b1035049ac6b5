/**
 * Proves the Discord stand-in against a bare discord.js Client (no bot code): login and READY,
 * command deploy, gateway resume (dropped connection, op 7, op 9), an interaction dispatched
 * before login, REST retries (429, 500) and late callbacks (10062), unknown routes, auth failures
 * (wrong token, IDENTIFY closed 4004), and a process that exits once both are closed.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { DiscordAPIError, Events, Routes } from "discord.js";
import { describe, expect, it } from "vitest";
import { callbackRequests, setUpClientHarness } from "./discord-stand-in/client-harness.js";

const { connect, startStandIn, newClient, onInteraction, handlerErrors } = setUpClientHarness();

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
    const standIn = await startStandIn();
    const early = standIn.dispatchCommand({ name: "early" });
    expect(early.sequence).toBeNull();
    const client = newClient(standIn);
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
    const standIn = await startStandIn();
    const client = newClient(standIn);
    await expect(client.login("not-the-token")).rejects.toMatchObject({ code: "TokenInvalid" });
    expect(standIn.requests.map((r) => r.status)).toEqual([401]);
    expect(standIn.gatewayStats.connections).toBe(0);
  });

  it("rejects IDENTIFY with close 4004: login fails with 'Authentication failed', no retry", async () => {
    const standIn = await startStandIn();
    standIn.failNextIdentify(4004);
    const client = newClient(standIn);
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
