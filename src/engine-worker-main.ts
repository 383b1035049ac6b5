/** The worker thread's side of `buildSnapshotInWorker`: build, derive, save, report. */
import { parentPort, workerData } from "node:worker_threads";
import { CorpusError } from "./corpus/corpus-error.js";
import { loadEngine } from "./engine.js";
import type { WorkerBuildRequest, WorkerBuildResult } from "./engine-worker.js";

const { corpusDir, cacheDir } = workerData as WorkerBuildRequest;
let result: WorkerBuildResult;
try {
  await loadEngine(corpusDir, { cacheDir, suggestions: true });
  result = { ok: true };
} catch (error) {
  result =
    error instanceof CorpusError
      ? {
          ok: false,
          corpusError: { file: error.file, problem: error.problem },
          message: error.message,
        }
      : { ok: false, message: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(result);
