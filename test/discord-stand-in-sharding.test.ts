/**
 * The stand-in as a sharded Discord: two bare discord.js clients, one per shard, each see only
 * their own guild, and an interaction reaches the client of the shard that owns its guild.
 */
import { once } from "node:events";
import { Client, Events, GatewayIntentBits, type Interaction } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { type DiscordStandIn, startDiscordStandIn } from "./discord-stand-in/index.js";

let discord: DiscordStandIn | undefined;
const clients: Client[] = [];

afterEach(async () => {
  await Promise.all(clients.map((client) => client.destroy()));
  clients.length = 0;
  await discord?.close();
  discord = undefined;
});

/** A guild id Discord would route to `shard` of 2: the shard is `(id >> 22) % count`. */
function guildIdOnShard(shard: number): string {
  return ((1_300_000_000_000n + BigInt(shard)) << 22n).toString();
}

async function shardClient(standIn: DiscordStandIn, shard: number): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: standIn.apiBase },
    shards: [shard],
    shardCount: 2,
  });
  clients.push(client);
  const ready = once(client, Events.ClientReady);
  await client.login(standIn.token);
  await ready;
  return client;
}

describe("discord stand-in with two shards", () => {
  it("splits guilds by shard in READY and routes each interaction to the owning shard", async () => {
    const guildIds = [guildIdOnShard(0), guildIdOnShard(1)];
    discord = await startDiscordStandIn({
      guilds: guildIds.map((id, index) => ({ id, name: `Shard ${index}` })),
      recommendedShards: 2,
    });
    const gatewayBot = await fetch(`${discord.apiBase}/v10/gateway/bot`, {
      headers: { Authorization: `Bot ${discord.token}` },
    });
    expect(await gatewayBot.json()).toMatchObject({ shards: 2 });

    const standIn = discord;
    const [zero, one] = await Promise.all([shardClient(standIn, 0), shardClient(standIn, 1)]);
    expect([...(zero?.guilds.cache.keys() ?? [])]).toEqual([guildIds[0]]);
    expect([...(one?.guilds.cache.keys() ?? [])]).toEqual([guildIds[1]]);
    expect(standIn.gatewayStats.identifiedShards).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );

    const received: Array<{ shard: number; guildId: string | null }> = [];
    for (const [shard, client] of [zero, one].entries()) {
      client?.on(Events.InteractionCreate, (interaction: Interaction) => {
        received.push({ shard, guildId: interaction.guildId });
      });
    }
    const sent = [
      standIn.dispatchCommand({ name: "ask", guildId: guildIds[1] }),
      standIn.dispatchCommand({ name: "ask", guildId: guildIds[0] }),
      standIn.dispatchCommand({ name: "ask", guildId: null }),
    ];
    expect(sent.map((interaction) => interaction.shard)).toEqual([1, 0, 0]);
    await standIn.waitFor(() => (received.length === 3 ? true : undefined));
    expect(received).toEqual(
      expect.arrayContaining([
        { shard: 1, guildId: guildIds[1] },
        { shard: 0, guildId: guildIds[0] },
        { shard: 0, guildId: null },
      ]),
    );
    expect(standIn.unknownRequests).toEqual([]);
  });

  it("closes an IDENTIFY for a shard outside the count with 4010", async () => {
    discord = await startDiscordStandIn();
    // discord.js validates its own shard options, so a malformed IDENTIFY is sent by hand.
    const ws = new WebSocket(`${discord.gatewayUrl}?v=10&encoding=json`);
    await once(ws, "message");
    ws.send(JSON.stringify({ op: 2, d: { token: discord.token, shard: [2, 2], intents: 1 } }));
    const [code] = (await once(ws, "close")) as [number];
    expect(code).toBe(4010);
  });
});
