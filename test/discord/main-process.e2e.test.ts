/**
 * `npm start` as a real process against the stand-in: ready, answers, serves GET /health when
 * HEALTH_PORT is set, exits 0 on SIGTERM;
 * a bad token or missing variable exits 1 with one clear line and never prints the token.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordStandIn, startDiscordStandIn } from "../discord-stand-in/index.js";
import { lines, run, runTs } from "./child-process.js";
import { deployToStandIn } from "./deploy-to-stand-in.js";

const MAIN = "src/discord/main.ts";
let discord: DiscordStandIn;
let envDir: string;

beforeAll(async () => {
  discord = await startDiscordStandIn();
  envDir = mkdtempSync(path.join(tmpdir(), "bot-env-"));
  await deployToStandIn(discord);
});
afterAll(async () => {
  expect(discord.unknownRequests).toEqual([]);
  await discord?.close();
  if (envDir) rmSync(envDir, { recursive: true, force: true });
});

function botEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return { DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase, ...overrides };
}

describe("npm start", () => {
  it("reads .env, logs ready, answers /ask, and exits 0 on SIGTERM", async () => {
    const dotenv = path.join(envDir, ".env");
    writeFileSync(
      dotenv,
      `# as a user would write it\nDISCORD_TOKEN="${discord.token}"\nDISCORD_API_BASE=${discord.apiBase}\nLOG_LEVEL=info\n`,
    );
    const bot = runTs(MAIN, { DOTENV_PATH: dotenv });
    await bot.waitForOutput('"event":"ready"');
    const ready = lines(bot.stdout())
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.event === "ready");
    expect(ready).toMatchObject({ tag: discord.botUser.username, guilds: 1 });

    const sent = discord.dispatchCommand({
      name: "ask",
      options: { question: "What did Putin threaten?" },
    });
    const answered = await discord.waitForAnswer(sent.id);
    expect(answered.message?.embeds[0]?.description).toMatch(/rupture/);
    await bot.waitForOutput('"name":"ask"');

    bot.signal("SIGTERM");
    expect(await bot.exited).toBe(0);
    expect(bot.stdout()).toContain('"event":"shutdown"');
    expect(bot.stdout()).toContain('"event":"stopped"');
    expect(bot.stderr()).toBe("");
    expect(bot.stdout() + bot.stderr()).not.toContain(discord.token);
  });

  it("HEALTH_PORT: GET /health answers 200 while ready, and the endpoint closes on SIGTERM", async () => {
    const bot = runTs(MAIN, botEnv({ HEALTH_PORT: "0" }));
    await bot.waitForOutput('"event":"ready"');
    const health = lines(bot.stdout())
      .map((line) => JSON.parse(line) as { event?: string; port?: number })
      .find((line) => line.event === "health");
    const url = `http://127.0.0.1:${health?.port}/health`;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      gateway: { status: "Ready" },
      corpus: { articles: 2 },
    });
    bot.signal("SIGTERM");
    expect(await bot.exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
    expect(bot.stdout() + bot.stderr()).not.toContain(discord.token);
  });

  it("works through npm itself: `npm start`, then SIGTERM to npm alone, as docker stop sends", async () => {
    const bot = run("npm", ["start", "--silent"], botEnv());
    await bot.waitForOutput('"event":"ready"');
    const closesBefore = discord.gatewayStats.closeCodes.length;
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    await bot.waitForOutput('"event":"stopped"');
    expect(bot.stdout()).toContain('"signal":"SIGTERM"');
    await discord.waitFor(() => discord.gatewayStats.closeCodes[closesBefore]);
    expect(discord.gatewayStats.closeCodes.slice(closesBefore)).toEqual([1000]);
  });

  it("works through npm on a terminal: Ctrl-C signals the whole process group", async () => {
    const bot = run("npm", ["start", "--silent"], botEnv());
    await bot.waitForOutput('"event":"ready"');
    const closesBefore = discord.gatewayStats.closeCodes.length;
    bot.signal("SIGINT");
    await bot.exited;
    await bot.waitForOutput('"event":"stopped"');
    expect(bot.stdout().match(/"event":"shutdown"/g)).toHaveLength(1);
    await discord.waitFor(() => discord.gatewayStats.closeCodes[closesBefore]);
    expect(discord.gatewayStats.closeCodes.slice(closesBefore)).toEqual([1000]);
  });

  it("a token revoked after ready (gateway close 4004): one clear line and exit 1", async () => {
    const bot = runTs(MAIN, botEnv());
    await bot.waitForOutput('"event":"ready"');
    discord.closeConnections(4004);
    expect(await bot.exited).toBe(1);
    const fatal = lines(bot.stdout()).filter((line) => /"level":(50|60)/.test(line));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toContain("Discord rejected the bot token (DISCORD_TOKEN)");
    expect(bot.stdout() + bot.stderr()).not.toContain(discord.token);
  });

  // The failures below share nothing, so they run side by side.
  it.concurrent("a rejected token: exit 1, one clear line, no stack trace, no token", async () => {
    const wrong = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Wrong.TokenTokenTokenTokenToken";
    const bot = runTs(MAIN, botEnv({ DISCORD_TOKEN: wrong }));
    expect(await bot.exited).toBe(1);
    const output = bot.stdout() + bot.stderr();
    const failures = lines(output).filter((line) => /"level":(50|60)/.test(line));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain("Discord rejected the bot token (DISCORD_TOKEN)");
    expect(output).not.toMatch(/\n\s+at /);
    expect(output).not.toContain(wrong);
  });

  it.concurrent("a missing DISCORD_TOKEN: exit 1 and one line naming it", async () => {
    const bot = runTs(MAIN, { DISCORD_API_BASE: discord.apiBase });
    expect(await bot.exited).toBe(1);
    expect(bot.stdout()).toBe("");
    expect(lines(bot.stderr())).toEqual([
      expect.stringMatching(/^newsdesk-bot: DISCORD_TOKEN is not set: .*\.env/),
    ]);
  });

  it.concurrent("a malformed variable: exit 1 and one line naming it and the fix", async () => {
    const bot = runTs(MAIN, botEnv({ COOLDOWN_SECONDS: "ten" }));
    expect(await bot.exited).toBe(1);
    expect(lines(bot.stderr())).toEqual([
      expect.stringMatching(/^newsdesk-bot: COOLDOWN_SECONDS must be a number from 0 to 86400/),
    ]);
    expect(bot.stderr()).not.toContain(discord.token);
  });
});
