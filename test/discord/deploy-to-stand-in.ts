import { readBotConfig } from "../../src/config/bot-config.js";
import { deployCommands } from "../../src/discord/deploy.js";
import type { DiscordStandIn } from "../discord-stand-in/index.js";

/**
 * Registers the bot's slash commands in the stand-in's first guild, as `npm run
 * deploy-commands` would, so a bot started in a child process finds them there.
 */
export async function deployToStandIn(discord: DiscordStandIn): Promise<void> {
  await deployCommands(
    readBotConfig(
      {
        DISCORD_TOKEN: discord.token,
        DISCORD_CLIENT_ID: discord.applicationId,
        DISCORD_GUILD_ID: discord.guilds[0]?.id ?? "",
        DISCORD_API_BASE: discord.apiBase,
      },
      "deploy",
    ),
  );
}
