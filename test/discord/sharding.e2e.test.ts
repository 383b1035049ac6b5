/**
 * `npm run start:sharded` as a real process tree against the stand-in: the manager starts two
 * shard processes, each logs into the gateway as its own shard, an /ask in each guild is
 * answered by the shard owning that guild, and SIGTERM to the manager alone (as `docker stop`
 * sends it) stops both shards cleanly and exits 0.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBotConfig } from "../../src/config/bot-config.js";
import { deployCommands } from "../../src/discord/deploy.js";
import { type DiscordStandIn, startDiscordStandIn } from "../discord-stand-in/index.js";
import { lines, run } from "./child-process.js";

const MANAGER = "src/discord/shard-manager.ts";
/** Discord routes a guild to shard `(id >> 22) % count`: this id lands on `shard` of 2. */
const guildIdOnShard = (shard: number) => ((1_300_000_000_000n + BigInt(shard)) << 22n).toString();
const GUILDS = [guildIdOnShard(0), guildIdOnShard(1)];

let discord: DiscordStandIn;

beforeAll(async () => {
  discord = await startDiscordStandIn({
    guilds: GUILDS.map((id, index) => ({ id, name: `Shard ${index} guild` })),
    recommendedShards: 2,
  });
  // Global commands: one deploy serves both guilds.
  await deployCommands(
    readBotConfig(
      {
        DISCORD_TOKEN: discord.token,
        DISCORD_CLIENT_ID: discord.applicationId,
        DISCORD_API_BASE: discord.apiBase,
      },
      "deploy",
    ),
  );
});
afterAll(async () => {
  expect(discord.unknownRequests).toEqual([]);
  await discord?.close();
});

type LogLine = Record<string, unknown>;

/** Two free consecutive ports on 127.0.0.1: HEALTH_PORT gives shard n the port HEALTH_PORT + n. */
async function freePortPair(): Promise<number> {
  const listen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const bound = (server.address() as { port: number }).port;
        server.close(() => resolve(bound));
      });
    });
  for (;;) {
    const port = await listen(0);
    if (port !== null && port < 65_535 && (await listen(port + 1)) !== null) return port;
  }
}

function startManager(env: Record<string, string>) {
  return run(
    process.execPath,
    ["--import", "tsx", MANAGER],
    {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      // The stand-in does not throttle IDENTIFY; Discord would need the default 5.5 s.
      SHARD_SPAWN_DELAY_MS: "0",
      ...env,
    },
    30_000,
  );
}

describe("npm run start:sharded", () => {
  it("runs SHARD_COUNT=2 shards, each answering its own guild, and stops on SIGTERM", async () => {
    const healthPort = await freePortPair();
    const manager = startManager({ SHARD_COUNT: "2", HEALTH_PORT: String(healthPort) });
    await manager.waitForOutput("all 2 shards are ready", 25_000);
    const logs = () => lines(manager.stdout()).map((line) => JSON.parse(line) as LogLine);
    // A shard tells the manager it is ready a moment before it logs its own "ready" line.
    const ready = await discord.waitFor(() => {
      const shards = logs().filter((line) => line.event === "ready" && line.shard !== undefined);
      return shards.length === 2 ? shards : undefined;
    });
    expect(ready.map(({ shard, guilds }) => ({ shard, guilds }))).toEqual(
      expect.arrayContaining([
        { shard: 0, guilds: 1 },
        { shard: 1, guilds: 1 },
      ]),
    );
    expect(discord.gatewayStats.identifiedShards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(discord.gatewayStats.openConnections).toBe(2);
    for (const port of [healthPort, healthPort + 1]) {
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
    }

    const sent = GUILDS.map((guildId) =>
      discord.dispatchCommand({
        name: "ask",
        guildId,
        options: { question: "What did Putin threaten?" },
      }),
    );
    expect(sent.map((interaction) => interaction.shard)).toEqual([0, 1]);
    for (const interaction of sent) {
      const answer = await discord.waitForAnswer(interaction.id);
      expect(answer.message?.embeds[0]?.description).toMatch(/rupture/);
    }
    // Each shard process logged the interaction of its own guild, and only that one.
    await discord.waitFor(() =>
      logs().filter((line) => line.event === "interaction").length === 2 ? true : undefined,
    );
    const handled = logs()
      .filter((line) => line.event === "interaction")
      .map(({ shard, guild, outcome }) => ({ shard, guild, outcome }));
    expect(handled).toEqual(
      expect.arrayContaining([
        { shard: 0, guild: GUILDS[0], outcome: "answered" },
        { shard: 1, guild: GUILDS[1], outcome: "answered" },
      ]),
    );

    const closesBefore = discord.gatewayStats.closeCodes.length;
    manager.child.kill("SIGTERM");
    expect(await manager.exited).toBe(0);
    const stopped = logs().filter((line) => line.event === "stopped");
    expect(stopped.map((line) => line.shard ?? "manager")).toEqual(
      expect.arrayContaining([0, 1, "manager"]),
    );
    await discord.waitFor(() => (discord.gatewayStats.openConnections === 0 ? true : undefined));
    expect(discord.gatewayStats.closeCodes.slice(closesBefore)).toEqual([1000, 1000]);
    expect(manager.stderr()).toBe("");
    expect(manager.stdout()).not.toContain(discord.token);
  }, 30_000);

  it("SHARD_COUNT unset: asks GET /gateway/bot through DISCORD_API_BASE for the count", async () => {
    const asked = discord.requests.filter((request) => request.path === "/gateway/bot").length;
    const manager = startManager({});
    await manager.waitForOutput("all 2 shards are ready", 25_000);
    expect(manager.stdout()).toContain("starting 2 shards");
    // The manager's own question, then one per shard as each client logs in.
    const gatewayBot = discord.requests.filter((request) => request.path === "/gateway/bot");
    expect(gatewayBot.length - asked).toBe(3);
    manager.child.kill("SIGTERM");
    expect(await manager.exited).toBe(0);
    expect(manager.stderr()).toBe("");
  }, 30_000);
});
