import { spawnSync } from "node:child_process";
import path from "node:path";
import { round } from "./stats.js";

/** One fresh process: ms since it started at each step, and the wall time spawn to exit. */
export interface ColdStartRun {
  indexFrom: "snapshot" | "built";
  modulesLoadedMs: number;
  engineLoadedMs: number;
  firstAnswerMs: number;
  wallMs: number;
}

export interface ColdStart {
  corpus: string;
  passages: number;
  question: string;
  /** The first run, with an empty snapshot folder: it builds the index and saves it. */
  built: ColdStartRun | null;
  /** Median of the later runs, which load the snapshot the first one saved. */
  fromSnapshot: ColdStartRun | null;
  runs: ColdStartRun[];
}

const root = path.resolve(import.meta.dirname, "..");

/**
 * Cold start to the first answer: `node --import tsx bench/cold-start.ts` in fresh processes
 * (TypeScript compiled on the fly by tsx, as `npm run ask` does), `runs` times over one
 * corpus folder with a snapshot folder of its own, which starts empty.
 */
export function measureColdStart(options: {
  corpus: string;
  corpusDir: string;
  cacheDir: string;
  question: string;
  runs: number;
}): ColdStart {
  const runs: ColdStartRun[] = [];
  let passages = 0;
  for (let i = 0; i < options.runs; i++) {
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", "bench/cold-start.ts", options.question],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, CORPUS_DIR: options.corpusDir, INDEX_CACHE_DIR: options.cacheDir },
      },
    );
    const wallMs = performance.now() - started;
    if (child.status !== 0) {
      throw new Error(`cold-start child failed (${child.status}): ${child.stderr.trim()}`);
    }
    const line = child.stdout.trim().split("\n").at(-1) ?? "{}";
    const run = JSON.parse(line) as Omit<ColdStartRun, "wallMs"> & { passages: number };
    passages = run.passages;
    runs.push({
      indexFrom: run.indexFrom,
      modulesLoadedMs: round(run.modulesLoadedMs),
      engineLoadedMs: round(run.engineLoadedMs),
      firstAnswerMs: round(run.firstAnswerMs),
      wallMs: round(wallMs),
    });
  }
  const later = runs.filter((run) => run.indexFrom === "snapshot");
  return {
    corpus: options.corpus,
    passages,
    question: options.question,
    built: runs.find((run) => run.indexFrom === "built") ?? null,
    fromSnapshot: later.length > 0 ? median(later) : null,
    runs,
  };
}

function median(runs: readonly ColdStartRun[]): ColdStartRun {
  const middle = (key: "modulesLoadedMs" | "engineLoadedMs" | "firstAnswerMs" | "wallMs") => {
    const sorted = runs.map((run) => run[key]).sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
  };
  return {
    indexFrom: "snapshot",
    modulesLoadedMs: middle("modulesLoadedMs"),
    engineLoadedMs: middle("engineLoadedMs"),
    firstAnswerMs: middle("firstAnswerMs"),
    wallMs: middle("wallMs"),
  };
}
