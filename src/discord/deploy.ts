import { DiscordAPIError, REST, Routes } from "discord.js";
import type { BotConfig } from "../config/bot-config.js";
import { CommandRegistry } from "./commands/index.js";

export interface Deployment {
  scope: "guild" | "global";
  guildId: string | null;
  /** Command names as Discord stored them. */
  names: string[];
}

/** Deploying failed in a way the user can fix; one line, no token. */
export class DeployError extends Error {
  override name = "DeployError";
}

/**
 * Registers the registry's commands with Discord, replacing whatever was there (a bulk
 * overwrite): to one server when `guildId` is set, where they appear at once, else globally.
 */
export async function deployCommands(
  config: Pick<BotConfig, "discordToken" | "clientId" | "guildId" | "apiBase">,
  registry = new CommandRegistry(),
): Promise<Deployment> {
  const { clientId, guildId } = config;
  if (!clientId)
    throw new DeployError(
      "DISCORD_CLIENT_ID is not set: deploying commands needs the application id.",
    );
  const rest = new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(
    config.discordToken,
  );
  const route = guildId
    ? Routes.applicationGuildCommands(clientId, guildId)
    : Routes.applicationCommands(clientId);
  let stored: unknown;
  try {
    stored = await rest.put(route, { body: registry.toJSON() });
  } catch (error) {
    throw deployError(error, config);
  }
  const names = Array.isArray(stored)
    ? stored.map((command: { name?: unknown }) => String(command.name))
    : [];
  return { scope: guildId ? "guild" : "global", guildId, names };
}

/** "Registered 5 commands in server 123…: /ask, /search, /sources, /help, /reload" */
export function describeDeployment(deployment: Deployment): string {
  const where =
    deployment.scope === "guild"
      ? `in server ${deployment.guildId} (available now)`
      : "globally (Discord may take up to an hour to show them everywhere)";
  const count = deployment.names.length;
  const list = deployment.names.map((name) => `/${name}`).join(", ");
  return `Registered ${count} ${count === 1 ? "command" : "commands"} ${where}: ${list}`;
}

function deployError(
  error: unknown,
  config: Pick<BotConfig, "clientId" | "guildId" | "apiBase">,
): DeployError {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) {
      return new DeployError(
        "Discord rejected the bot token (DISCORD_TOKEN): reset it in the Developer Portal (Bot → Reset Token) and update .env.",
      );
    }
    if (error.status === 403 || error.status === 404) {
      const target = config.guildId ? `server ${config.guildId}` : "this application";
      return new DeployError(
        `Discord refused to register commands for ${target} (${error.code}: ${error.message}): check DISCORD_CLIENT_ID${config.guildId ? " and DISCORD_GUILD_ID, and that the bot was invited with the applications.commands scope" : ""}.`,
      );
    }
    return new DeployError(`Discord refused the commands (${error.code}): ${error.message}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DeployError(`could not reach ${config.apiBase ?? "Discord"}: ${message}`);
}
