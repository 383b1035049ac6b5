/**
 * `npm run deploy-commands`: registers the slash commands with Discord (to DISCORD_GUILD_ID
 * when set, else globally) and prints what it registered. Exit code 1 with one line on error.
 */
import { readBotConfig } from "../config/bot-config.js";
import { loadEnvFile } from "../config/env-file.js";

async function main(): Promise<number> {
  try {
    loadEnvFile();
    const config = readBotConfig(process.env, "deploy");
    // The commands (and discord.js) load only once the configuration is known good.
    const { deployCommands, describeDeployment } = await import("./deploy.js");
    const deployment = await deployCommands(config);
    process.stdout.write(`${describeDeployment(deployment)}\n`);
    return 0;
  } catch (error) {
    // Config, token and Discord errors all carry a one-line message that never holds the token.
    process.stderr.write(
      `deploy-commands: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}

// Exit explicitly: the REST client keeps idle sockets open for a while.
main().then((code) => process.exit(code));
