import path from "node:path";
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { prepareAutocomplete } from "../../answer/autocomplete.js";
import { CorpusError } from "../../corpus/corpus-error.js";
import { type Engine, loadEngine } from "../../engine.js";
import { buildSnapshotInWorker } from "../../engine-worker.js";
import { renderReloadNotice } from "../../render/discord/index.js";
import type { BotContext } from "../bot-context.js";
import type { SlashCommand } from "./command.js";

/** What one reload did: the index it replaced and the one now serving, or the file that stopped it. */
export type ReloadResult =
  | { ok: true; before: Engine; after: Engine; ms: number }
  | { ok: false; error: CorpusError; ms: number };

/**
 * The reload under way for each bot, so a second `/reload` joins the first instead of building
 * the index twice at once. Keyed by the context, not a global, so bots in one process (tests)
 * never share one.
 */
const running = new WeakMap<BotContext, Promise<ReloadResult>>();

/**
 * Rebuilds the engine from `config.corpusDir` and swaps it into the context. Handlers read
 * `context.engine` when called, so the swap is one assignment: answers already computing finish
 * on the old index, and every later one uses the new. A broken corpus leaves the old index
 * serving. Concurrent calls share one rebuild.
 */
export function reloadEngine(context: BotContext): Promise<ReloadResult> {
  let reload = running.get(context);
  if (!reload) {
    reload = rebuild(context).finally(() => running.delete(context));
    running.set(context, reload);
  }
  return reload;
}

async function rebuild(context: BotContext): Promise<ReloadResult> {
  const { config, logger } = context;
  const before = context.engine;
  const startedAt = performance.now();
  let after: Engine;
  let inWorker = false;
  try {
    // Building takes seconds on a large corpus and would hold up every other answer: a worker
    // builds and saves the snapshot, and this thread only loads it. Without a snapshot folder
    // there is nothing to hand over, so the build happens here.
    // The worker saves autocomplete's suggestions with the snapshot, so they load with it.
    if (config.indexCacheDir !== null) {
      await buildSnapshotInWorker({ corpusDir: config.corpusDir, cacheDir: config.indexCacheDir });
      inWorker = true;
    }
    after = await loadEngine(config.corpusDir, {
      cacheDir: config.indexCacheDir,
      suggestions: true,
    });
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    const ms = elapsed(startedAt);
    logger.warn(
      { event: "reload", outcome: "rejected", file: error.file, problem: error.problem, ms },
      `reload rejected, the previous index keeps serving: ${error.message}`,
    );
    return { ok: false, error, ms };
  }
  // Prepare the suggestions before the swap: the first keystroke on the new index stays fast.
  // They come with the engine (from the worker's snapshot, unless the corpus changed since).
  const fromWorker = inWorker && after.indexSource.from === "snapshot";
  const suggestions = prepareAutocomplete(after.index, after.suggestions ?? undefined);
  context.engine = after;
  const ms = elapsed(startedAt);
  logger.info(
    {
      event: "reload",
      outcome: "swapped",
      articles: [size(before).articles, size(after).articles],
      passages: [size(before).passages, size(after).passages],
      suggestions,
      indexSource: after.indexSource.from,
      builtIn: fromWorker ? "worker" : "main thread",
      ms,
    },
    `corpus reloaded in ${ms} ms: ${describeChange(before, after)}`,
  );
  return { ok: true, before, after, ms };
}

function size(engine: Engine): { articles: number; passages: number } {
  return { articles: engine.corpus.articles.length, passages: engine.index.passages.length };
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}

function describeChange(before: Engine, after: Engine): string {
  const [from, to] = [size(before), size(after)];
  return `${from.articles} → ${to.articles} articles, ${from.passages} → ${to.passages} passages`;
}

/** The one line the admin reads: what changed, or which file to fix and how. */
export function describeReload(result: ReloadResult): string {
  if (result.ok)
    return `Reloaded in ${result.ms} ms: ${describeChange(result.before, result.after)}.`;
  const { file, problem } = result.error;
  return `Reload failed, the previous articles are still served. Fix ${path.basename(file)}: ${problem}.`;
}

/**
 * `/reload` (admins only): re-reads the corpus folder without a restart. Discord shows it only
 * to members who may manage the server, and only in servers; server admins can widen that in
 * Server Settings → Integrations.
 */
export const reload: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName("reload")
    .setDescription("Admins: re-read the articles from the corpus folder, without a restart.")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  defer: "always",
  ephemeral: () => true,
  async execute(_interaction, context) {
    const result = await reloadEngine(context);
    return {
      payload: renderReloadNotice(describeReload(result)),
      mode: "reply",
      answered: result.ok,
      results: result.ok ? result.after.corpus.articles.length : 0,
    };
  },
};
