/**
 * One side of the burst benchmark, in a process of its own so its peak RSS is its own and it
 * shares no heap or event loop with the Discord stand-in (which plays Discord, a separate
 * machine, from the parent) or with the other side:
 *
 *   node --import tsx bench/burst-child.ts bot    the real bot: `startBot` with the config
 *                                                 `npm start` reads from the environment
 *   node --import tsx bench/burst-child.ts bare   a bare discord.js client replying "ok":
 *                                                 the floor discord.js itself sets
 *
 * Started by burst-runner.ts with an IPC channel: the child sends `{ type: "ready" }` once
 * logged in; on `{ type: "report" }` it answers `{ type: "report", maxRssKB }` and stops.
 */
import { Client, Events } from "discord.js";
import { readBotConfig } from "../src/config/bot-config.js";
import { clientOptions, startBot } from "../src/discord/bot.js";

/** What the child tells the parent over IPC. */
export type ChildMessage =
  | { type: "ready" }
  | { type: "report"; maxRssKB: number }
  | { type: "error"; message: string };

interface Running {
  stop(): Promise<void>;
}

async function startBare(env: NodeJS.ProcessEnv): Promise<Running> {
  // The bot's own client options: without its raised REST global limit discord.js would
  // queue webhook calls at 50/s and the floor would not be the same client.
  const client = new Client(clientOptions({ apiBase: env.DISCORD_API_BASE ?? null }));
  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isRepliable()) return;
    // A failed reply shows up in the stand-in as a missing callback, which the parent counts.
    interaction.reply({ content: "ok" }).catch(() => undefined);
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(env.DISCORD_TOKEN);
  await ready;
  return { stop: () => client.destroy() };
}

async function startRealBot(env: NodeJS.ProcessEnv): Promise<Running> {
  // Exactly what main.ts does minus the signal handling: the parent stops us over IPC instead.
  const bot = await startBot(readBotConfig(env));
  return { stop: () => bot.stop() };
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode !== "bot" && mode !== "bare") throw new Error(`usage: burst-child.ts bot|bare`);
  if (!process.send) throw new Error("burst-child.ts must be started with an IPC channel");
  const running = mode === "bot" ? await startRealBot(process.env) : await startBare(process.env);
  process.on("message", (message: { type?: string }) => {
    if (message.type !== "report") return;
    // maxRSS is in kilobytes: the high-water mark of this whole process, start-up included.
    const report: ChildMessage = { type: "report", maxRssKB: process.resourceUsage().maxRSS };
    // Stop only once the report is on its way: exiting earlier could lose it.
    process.send?.(report, () => void running.stop().finally(() => process.exit(0)));
  });
  process.send({ type: "ready" } satisfies ChildMessage);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // Also on stderr (the log file the parent quotes), in case the exit outruns the IPC message.
  console.error(message);
  process.exitCode = 1;
  process.send?.({ type: "error", message } satisfies ChildMessage, () => process.exit(1));
});
