import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CorpusQuestion } from "./answer/corpus-questions.js";
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
import { englishRarity, rankAllCommonStems } from "./text/english-rarity.js";
import { wordClasses } from "./text/parts-of-speech.js";

export interface Engine {
  corpus: Corpus;
  index: PassageIndex;
  /** Where the index came from: a valid snapshot, or built now (and why). */
  indexSource: { from: "snapshot" } | { from: "built"; because: SnapshotMiss | "no-cache" };
  /** When this process loaded or built the index (ms since the epoch), for the health report. */
  indexLoadedAt: number;
  /**
   * Autocomplete's suggestions for this index (see `corpusQuestions`), when asked for with
   * `suggestions: true`: from the snapshot, or derived now and saved with it. Null otherwise.
   */
  suggestions: readonly CorpusQuestion[] | null;
}

export interface EngineOptions {
  /**
   * Folder for index snapshots, shared by the bot and the command line; `null` turns them
   * off. Default: `node_modules/.cache/newsdesk-bot` in the project.
   */
  cacheDir?: string | null;
  /**
   * Also give autocomplete's suggestions (`Engine.suggestions`), which the bot offers. They
   * are saved with the snapshot, so only a start that builds the index, or the first start
   * that asks for them, derives them (seconds on a large corpus). Default: false.
   */
  suggestions?: boolean;
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
  const { cacheDir = DEFAULT_INDEX_CACHE_DIR, suggestions: withSuggestions = false } = options;
  const snapshotFile = cacheDir === null ? null : snapshotPath(cacheDir, corpusDir);
  const reading = readCorpusFiles(corpusDir);
  const keyed = reading.then((files) => snapshotKey(files, engineFingerprint()));
  // A corpus that cannot be read rejects both; the error surfaces where they are awaited.
  keyed.catch(() => undefined);
  const suggestionsKey = withSuggestions ? suggestionsFingerprint() : "";
  let indexSource: Engine["indexSource"] = { from: "built", because: "no-cache" };
  if (snapshotFile) {
    // The snapshot is read while the corpus is (its key needs the corpus files), and the word
    // lists the first question needs load while it is hashed.
    const snapshot = await loadSnapshot(snapshotFile, keyed, { whileReading: warmUpWords });
    if ("index" in snapshot) {
      const { index } = snapshot;
      let suggestions: readonly CorpusQuestion[] | null = null;
      if (withSuggestions) {
        if (snapshot.suggestions?.key === suggestionsKey) {
          suggestions = snapshot.suggestions.list;
        } else {
          // Saved without them, or by other suggestion code: derive them once and save them.
          suggestions = await deriveSuggestions(index);
          await saveSnapshot(snapshotFile, await keyed, index, {
            key: suggestionsKey,
            list: suggestions,
          }).catch(() => undefined);
        }
      }
      return ready(corpusDir, index, { from: "snapshot" }, suggestions);
    }
    indexSource = { from: "built", because: snapshot.miss };
  }
  const files = await reading;
  const key = await keyed;
  const index = buildPassageIndex(articlesFromFiles(files));
  const suggestions = withSuggestions ? await deriveSuggestions(index) : null;
  if (snapshotFile) {
    // A cache that cannot be written (read-only disk, full disk) only costs the next start.
    await saveSnapshot(
      snapshotFile,
      key,
      index,
      suggestions ? { key: suggestionsKey, list: suggestions } : undefined,
    ).catch(() => undefined);
  }
  return ready(corpusDir, index, indexSource, suggestions);
}

function ready(
  dir: string,
  index: PassageIndex,
  indexSource: Engine["indexSource"],
  suggestions: readonly CorpusQuestion[] | null,
): Engine {
  warmUp(index);
  return {
    corpus: { dir, articles: [...index.articles.values()] },
    index,
    indexSource,
    indexLoadedAt: Date.now(),
    suggestions,
  };
}

/** Loaded only when suggestions are derived: the command line never needs that code. */
async function deriveSuggestions(index: PassageIndex): Promise<CorpusQuestion[]> {
  const { corpusQuestions } = await import("./answer/corpus-questions.js");
  return corpusQuestions(index);
}

let suggestionsCode: string | undefined;

/**
 * A hash of the code that derives suggestions from an index (its word lists and text
 * handling are in the engine's fingerprint already): saved suggestions made by other code
 * are derived again, without rebuilding the index.
 */
function suggestionsFingerprint(): string {
  if (suggestionsCode) return suggestionsCode;
  const hash = createHash("sha256");
  for (const name of ["answer/corpus-questions", "answer/suggest"]) {
    const source = [".ts", ".js"]
      .map((extension) => fileURLToPath(new URL(`./${name}${extension}`, import.meta.url)))
      .find((file) => existsSync(file));
    hash.update(`${name}\n`).update(source ? readFileSync(source) : "missing");
  }
  suggestionsCode = hash.digest("hex");
  return suggestionsCode;
}

/** One snapshot per corpus folder, so two corpora never overwrite each other's. */
function snapshotPath(cacheDir: string, corpusDir: string): string {
  const folder = createHash("sha256").update(path.resolve(corpusDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, `index-${folder}.snapshot`);
}

/**
 * Planning a question loads the word-frequency list on first use (about 0.1 s); pay that at
 * start-up rather than on a user's first question.
 */
function warmUp(index: PassageIndex): void {
  planQuery("Who warned whom?", index);
}

/** The bulk of `warmUp`, which needs no index. */
function warmUpWords(): void {
  englishRarity("warn");
}

/**
 * Loads what planning otherwise loads as questions need it: the part-of-speech tagger (about
 * 0.3 s), needed only for a question with a word neither the corpus nor a synonym holds, and
 * the rarity of every common English word (about 0.1 s), ranked one stem at a time. The
 * command line answers one question and may never need them; a server should load them
 * before its first user does.
 */
export function warmUpForServing(): void {
  wordClasses("Who warned whom?");
  rankAllCommonStems();
}
