/** `npm run deploy-commands` against the stand-in: guild and global, in-process and as a process. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBotConfig } from "../../src/config/bot-config.js";
import { CommandRegistry } from "../../src/discord/commands/index.js";
import { DeployError, deployCommands, describeDeployment } from "../../src/discord/deploy.js";
import { type DiscordStandIn, startDiscordStandIn } from "../discord-stand-in/index.js";
import { lines, run, runTs } from "./child-process.js";

let discord: DiscordStandIn;
let guildId: string;
beforeAll(async () => {
  discord = await startDiscordStandIn();
  guildId = discord.guilds[0]?.id ?? "";
});
afterAll(async () => {
  expect(discord.unknownRequests).toEqual([]);
  await discord?.close();
});

function env(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: discord.token,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_API_BASE: discord.apiBase,
    ...overrides,
  };
}

interface OptionLike {
  name: string;
  type: number;
  required?: boolean;
  autocomplete?: boolean;
  max_length?: number;
}

/** A command reduced to what the registry sends (Discord adds ids, versions and defaults). */
function essentials(command: { name: string; description: string; options?: readonly unknown[] }) {
  return {
    name: command.name,
    description: command.description,
    options: ((command.options ?? []) as OptionLike[]).map((option) => ({
      name: option.name,
      type: option.type,
      required: option.required ?? false,
      autocomplete: option.autocomplete ?? false,
      max_length: option.max_length,
    })),
  };
}

function stored(commands: ReturnType<DiscordStandIn["commands"]>) {
  return commands.map(essentials);
}

function expected() {
  return new CommandRegistry().toJSON().map(essentials);
}

describe("deploy-commands", () => {
  it("registers the registry's commands in one server, matching what the bot serves", async () => {
    const deployment = await deployCommands(
      readBotConfig(env({ DISCORD_GUILD_ID: guildId }), "deploy"),
    );
    expect(deployment).toEqual({
      scope: "guild",
      guildId,
      names: ["ask", "search", "sources", "help", "reload"],
    });
    expect(stored(discord.commands(guildId))).toEqual(expected());
    const ask = discord.commands(guildId).find((c) => c.name === "ask");
    expect(ask?.options?.map((o) => o.name)).toEqual(["question", "hide", "mention"]);
    expect(describeDeployment(deployment)).toBe(
      `Registered 5 commands in server ${guildId} (available now): /ask, /search, /sources, /help, /reload`,
    );
  });

  it("registers globally without DISCORD_GUILD_ID", async () => {
    const deployment = await deployCommands(readBotConfig(env(), "deploy"));
    expect(deployment.scope).toBe("global");
    expect(stored(discord.commands())).toEqual(expected());
    expect(describeDeployment(deployment)).toMatch(/^Registered 5 commands globally/);
  });

  it("a wrong application id gets one line saying what to check", async () => {
    const config = readBotConfig(
      env({ DISCORD_CLIENT_ID: "123456789012345678", DISCORD_GUILD_ID: guildId }),
      "deploy",
    );
    const error = await deployCommands(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployError);
    expect((error as Error).message).toMatch(/DISCORD_CLIENT_ID/);
    expect(discord.unknownRequests).toEqual([]);
  });

  it("`npm run deploy-commands` prints what it registered", async () => {
    const deploy = run(
      "npm",
      ["run", "--silent", "deploy-commands"],
      env({ DISCORD_GUILD_ID: guildId }),
    );
    expect(await deploy.exited).toBe(0);
    expect(lines(deploy.stdout())).toEqual([
      `Registered 5 commands in server ${guildId} (available now): /ask, /search, /sources, /help, /reload`,
    ]);
    expect(deploy.stdout() + deploy.stderr()).not.toContain(discord.token);
  });

  it.concurrent("without DISCORD_CLIENT_ID: exit 1 and one line naming it", async () => {
    const deploy = runTs("src/discord/deploy-commands.ts", {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
    });
    expect(await deploy.exited).toBe(1);
    expect(lines(deploy.stderr())).toEqual([
      expect.stringMatching(/^deploy-commands: DISCORD_CLIENT_ID is not set/),
    ]);
  });

  it.concurrent("with a rejected token: exit 1, one line, no token", async () => {
    const wrong = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Wrong.TokenTokenTokenTokenToken";
    const deploy = runTs("src/discord/deploy-commands.ts", env({ DISCORD_TOKEN: wrong }));
    expect(await deploy.exited).toBe(1);
    expect(lines(deploy.stderr())).toEqual([
      expect.stringMatching(/^deploy-commands: Discord rejected the bot token/),
    ]);
    expect(deploy.stdout() + deploy.stderr()).not.toContain(wrong);
  });
});
