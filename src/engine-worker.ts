/**
 * Builds an engine off the main thread, for a bot that must keep answering while it does: a
 * worker loads the corpus, builds the index, derives autocomplete's suggestions and saves
 * both in the snapshot; the caller then loads the snapshot, which is far cheaper than building.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { CorpusError } from "./corpus/corpus-error.js";

/** What the worker posts back. */
export type WorkerBuildResult =
  | { ok: true }
  | { ok: false; corpusError?: { file: string; problem: string }; message: string };

export interface WorkerBuildRequest {
  corpusDir: string;
  cacheDir: string;
}

/**
 * Builds and saves the snapshot for `corpusDir`, suggestions included, in a worker thread.
 *
 * @example
 * await buildSnapshotInWorker({ corpusDir, cacheDir });
 * const engine = await loadEngine(corpusDir, { cacheDir, suggestions: true }); // a snapshot load
 * @throws CorpusError naming the bad file, as `loadEngine` would.
 */
export async function buildSnapshotInWorker(request: WorkerBuildRequest): Promise<void> {
  const result = await runWorker(request);
  if (result.ok) return;
  if (result.corpusError)
    throw new CorpusError(result.corpusError.file, result.corpusError.problem);
  throw new Error(`index worker failed: ${result.message}`);
}

function runWorker(request: WorkerBuildRequest): Promise<WorkerBuildResult> {
  const worker = new Worker(workerEntry(), { workerData: request });
  return new Promise((resolve, reject) => {
    worker.once("message", (result: WorkerBuildResult) => resolve(result));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`index worker exited with code ${code}`));
    });
  });
}

/**
 * Run from TypeScript sources (npm start, the tests), a worker cannot load `.ts` on its own:
 * a one-line module registers tsx's loader in the worker first, then imports the entry.
 */
function workerEntry(): URL {
  const source = new URL("./engine-worker-main.ts", import.meta.url);
  if (!existsSync(fileURLToPath(source)))
    return new URL("./engine-worker-main.js", import.meta.url);
  const tsx = import.meta.resolve("tsx/esm/api");
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(source.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
