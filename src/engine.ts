import { createHash } from "node:crypto";
import path from "node:path";
import { DEFAULT_INDEX_CACHE_DIR } from "./config.js";
import type { Corpus } from "./corpus/load-corpus.js";
import { articlesFromFiles, readCorpusFiles } from "./corpus/load-corpus.js";
import { engineFingerprint } from "./search/engine-fingerprint.js";
import {
  loadSnapshot,
  type SnapshotMiss,
  saveSnapshot,
  snapshotKey,
} from "./search/index-snapshot.js";
import { buildPassageIndex, type PassageIndex } from "./search/passage-index.js";
import { planQuery } from "./search/query-plan.js";

export interface Engine {
  corpus: Corpus;
  index: PassageIndex;
  /** Where the index came from: a valid snapshot, or built now (and why). */
  indexSource: { from: "snapshot" } | { from: "built"; because: SnapshotMiss | "no-cache" };
  /** When this process loaded or built the index (ms since the epoch), for the health report. */
  indexLoadedAt: number;
}

export interface EngineOptions {
  /**
   * Folder for index snapshots, shared by the bot and the command line; `null` turns them
   * off. Default: `node_modules/.cache/newsdesk-bot` in the project.
   */
  cacheDir?: string | null;
}

/**
 * Loads a corpus folder and indexes it: the start-up step every transport shares. The index
 * comes from a snapshot when one was saved for exactly these corpus files and this engine;
 * otherwise it is built and saved for next time.
 *
 * @example
 * const { index, indexSource } = await loadEngine("corpus");
 * indexSource; // { from: "snapshot" } on every start after the first
 * @throws CorpusError naming the bad file; nothing is half-loaded.
 */
export async function loadEngine(corpusDir: string, options: EngineOptions = {}): Promise<Engine> {
  const { cacheDir = DEFAULT_INDEX_CACHE_DIR } = options;
  const files = await readCorpusFiles(corpusDir);
  const snapshotFile = cacheDir === null ? null : snapshotPath(cacheDir, corpusDir);
  const key = snapshotKey(files, engineFingerprint());
  let indexSource: Engine["indexSource"] = { from: "built", because: "no-cache" };
  if (snapshotFile) {
    const snapshot = await loadSnapshot(snapshotFile, key);
    if ("index" in snapshot) return ready(corpusDir, snapshot.index, { from: "snapshot" });
    indexSource = { from: "built", because: snapshot.miss };
  }
  const index = buildPassageIndex(articlesFromFiles(files));
  if (snapshotFile) {
    // A cache that cannot be written (read-only disk, full disk) only costs the next start.
    await saveSnapshot(snapshotFile, key, index).catch(() => undefined);
  }
  return ready(corpusDir, index, indexSource);
}

function ready(dir: string, index: PassageIndex, indexSource: Engine["indexSource"]): Engine {
  warmUp(index);
  return {
    corpus: { dir, articles: [...index.articles.values()] },
    index,
    indexSource,
    indexLoadedAt: Date.now(),
  };
}

/** One snapshot per corpus folder, so two corpora never overwrite each other's. */
function snapshotPath(cacheDir: string, corpusDir: string): string {
  const folder = createHash("sha256").update(path.resolve(corpusDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, `index-${folder}.snapshot`);
}

/**
 * Planning a question loads the word-frequency list and the part-of-speech tagger on first
 * use (about 0.3 s together); pay that at start-up rather than on a user's first question.
 */
function warmUp(index: PassageIndex): void {
  planQuery("Who warned whom?", index);
}
