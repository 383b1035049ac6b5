import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import MiniSearch from "minisearch";
import { loadSnapshot, saveSnapshot } from "../src/search/index-snapshot.js";
import { MINISEARCH_OPTIONS, type PassageIndex } from "../src/search/passage-index.js";

/** Size and timings of one way of saving an index; `error` when it could not be done. */
export interface SnapshotFigures {
  bytes: number | null;
  saveMs: number | null;
  loadMs: number | null;
  error?: string;
}

/**
 * The reference figure: MiniSearch's own `JSON.stringify(miniSearch)` of the passage index
 * and `MiniSearch.loadJSON`. Not the app's snapshot, which also holds the articles,
 * passages and term counts (see `appSnapshot`).
 */
export function miniSearchJson(index: PassageIndex): SnapshotFigures {
  try {
    const saveStart = performance.now();
    const json = JSON.stringify(index.miniSearch);
    const saveMs = performance.now() - saveStart;
    const loadStart = performance.now();
    const loaded = MiniSearch.loadJSON(json, MINISEARCH_OPTIONS);
    const loadMs = performance.now() - loadStart;
    check(loaded.documentCount, index);
    return { bytes: Buffer.byteLength(json, "utf8"), saveMs, loadMs };
  } catch (error) {
    // Past ~512 MB a V8 string cannot hold the JSON at all ("Invalid string length").
    return failed(error);
  }
}

/**
 * The app's own snapshot (`src/search/index-snapshot.ts`): saved to a temporary folder,
 * loaded back (hash check and parse included, as a start-up does), then deleted.
 */
export async function appSnapshot(index: PassageIndex): Promise<SnapshotFigures> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "newsdesk-bench-"));
  try {
    const file = path.join(dir, "index.snapshot");
    const key = "bench";
    const saveStart = performance.now();
    await saveSnapshot(file, key, index);
    const saveMs = performance.now() - saveStart;
    const loadStart = performance.now();
    const loaded = await loadSnapshot(file, key);
    const loadMs = performance.now() - loadStart;
    if (!("index" in loaded)) throw new Error(`snapshot read back as ${loaded.miss}`);
    check(loaded.index.passages.length, index);
    return { bytes: (await stat(file)).size, saveMs, loadMs };
  } catch (error) {
    return failed(error);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function check(passages: number, index: PassageIndex): void {
  if (passages !== index.passages.length) {
    throw new Error(`read back ${passages} of ${index.passages.length} passages`);
  }
}

function failed(error: unknown): SnapshotFigures {
  const message = error instanceof Error ? error.message : String(error);
  return { bytes: null, saveMs: null, loadMs: null, error: message.split("\n")[0] ?? message };
}
