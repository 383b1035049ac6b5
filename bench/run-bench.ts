import os from "node:os";
import path from "node:path";
import { getHeapStatistics } from "node:v8";
import { answer } from "../src/answer/answer.js";
import { loadEngine } from "../src/engine.js";
import { buildPassageIndex } from "../src/search/passage-index.js";
import { measureAutocomplete } from "./autocomplete-bench.js";
import { type BurstFigures, burstTable, measureBurst } from "./burst.js";
import { measureColdStarts } from "./cold-starts.js";
import { latencyChartSvg } from "./latency-chart.js";
import { type CorpusFigures, type CorpusSpec, measureCorpus } from "./measure-corpus.js";
import { readQuestions } from "./questions.js";
import { reportTable, type Skipped } from "./report-table.js";
import { sotuCorpus } from "./sotu-corpus.js";
import { megabytes, progress } from "./stats.js";
import { writeResults } from "./write-results.js";

/**
 * `npm run bench`: answer() latency, index build, heap, autocomplete and cold start on the
 * shipped corpus and on State of the Union corpora of 10k and 100k sentence passages, beside
 * plain MiniSearch on the same passages; then a burst of `/ask` through the Discord stand-in
 * to the real bot and to a bare discord.js client (issue #4, bench/burst.ts). A benchmark, not
 * a test: it never fails on a timing.
 *
 *   npm run bench                               shipped, 10k, 100k (a few minutes)
 *   npm run bench -- --quick                    shipped and 10k, fewer questions: a smoke run
 *   npm run bench -- --sizes 10000,100000,1M    choose the corpora ("shipped" names ours)
 *   npm run bench -- --rounds 5                 measured passes over the questions (default 3)
 *   npm run bench -- --out 1m                   write bench/results/1m.json and 1m-latency.svg
 *   npm run bench -- --burst 1000               interactions per burst (default 1000, --quick 200;
 *                                               0 skips it); 3 interleaved rounds, --quick 1
 *
 * Results go to bench/results/latest.json and latency.svg (quick.json for --quick).
 */
const USAGE =
  "usage: npm run bench -- [--quick] [--sizes shipped,10000,100000,1M] [--rounds N] [--out NAME] [--burst N]";

/** Heap a corpus may need, per passage, before one of its size has been measured. */
const DEFAULT_BYTES_PER_PASSAGE = 4000;
/** Peak over steady heap while measuring: the plain index and the JSON copy come on top. */
const PEAK_FACTOR = 2.5;

interface Options {
  quick: boolean;
  sizes: Array<number | "shipped">;
  rounds: number;
  /** Results file stem under bench/results/. */
  out: string;
  /** Interactions in the end-to-end burst; 0 skips it. */
  burst: number;
}

function parseArgs(argv: readonly string[]): Options {
  const quick = argv.includes("--quick");
  const options: Options = {
    quick,
    sizes: quick ? ["shipped", 10_000] : ["shipped", 10_000, 100_000],
    rounds: quick ? 1 : 3,
    out: quick ? "quick" : "latest",
    burst: quick ? 200 : 1000,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--quick") continue;
    const value = argv[++i];
    if (arg === "--sizes" && value) options.sizes = value.split(",").map(parseSize);
    else if (arg === "--rounds" && value && Number(value) >= 1) options.rounds = Number(value);
    else if (arg === "--out" && value && /^[\w-]+$/.test(value)) options.out = value;
    else if (arg === "--burst" && value && /^\d+$/.test(value)) options.burst = Number(value);
    else throw new Error(`unknown or incomplete option ${arg ?? ""}\n${USAGE}`);
  }
  return options;
}

function parseSize(text: string): number | "shipped" {
  if (text === "shipped") return "shipped";
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  const unit = { "": 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match?.[2] ?? ""] ?? 1;
  const size = Math.round(Number(match?.[1]) * unit);
  if (!match || !(size > 0)) throw new Error(`--sizes: "${text}" is not a size\n${USAGE}`);
  return size;
}

function corpusSpec(size: number | "shipped"): CorpusSpec {
  if (size === "shipped") {
    const dir = path.resolve(import.meta.dirname, "../corpus");
    return {
      name: "shipped",
      target: null,
      make: async () => {
        const engine = await loadEngine(dir);
        return { articles: engine.corpus.articles, description: "corpus/ via loadEngine" };
      },
    };
  }
  return {
    name: label(size),
    target: size,
    make: async () => sotuCorpus(size),
  };
}

function label(size: number): string {
  if (size >= 1e6 && size % 1e5 === 0) return `${size / 1e6}M`;
  if (size >= 1e3 && size % 100 === 0) return `${size / 1e3}k`;
  return String(size);
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    heapLimitMB: megabytes(getHeapStatistics().heap_size_limit),
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const all = readQuestions().map((q) => q.question);
  // A quick run keeps every third question, so each topic still shows up.
  const questions = options.quick ? all.filter((_, i) => i % 3 === 0) : all;
  const measure = { questions, rounds: options.rounds, prefixStep: options.quick ? 6 : 3 };
  progress(
    `${questions.length} questions, ${options.rounds} measured round(s), sizes ${options.sizes.join(", ")}` +
      `${(globalThis as { gc?: unknown }).gc ? "" : " (no --expose-gc: heap is measured without a full GC)"}`,
  );

  // Load what the engine loads lazily (word frequencies, the tagger, autocomplete), so the
  // first corpus's heap and latency figures do not carry it.
  warmUpEngine(questions[0] ?? "What did the president say?");
  await measureAutocomplete(buildPassageIndex([]), [], 1);

  const corpora: CorpusFigures[] = [];
  const skipped: Skipped[] = [];
  let bytesPerPassage = DEFAULT_BYTES_PER_PASSAGE;
  for (const size of options.sizes) {
    const spec = corpusSpec(size);
    if (typeof size === "number") {
      const need = size * bytesPerPassage * PEAK_FACTOR;
      const free = getHeapStatistics().heap_size_limit - process.memoryUsage().heapUsed;
      if (need > free || need > os.freemem()) {
        const reason = `needs about ${megabytes(need)} MB of heap; ${megabytes(free)} MB left under the heap limit, ${megabytes(os.freemem())} MB free (raise it with NODE_OPTIONS=--max-old-space-size=…)`;
        progress(`${spec.name}: skipped, ${reason}`);
        skipped.push({ name: spec.name, reason });
        continue;
      }
    }
    const measured = await measureCorpus(spec, measure);
    corpora.push(measured.figures);
    if (typeof size === "number")
      bytesPerPassage = Math.max(bytesPerPassage, measured.bytesPerPassage);
  }

  const { coldStarts, errors } = await measureColdStarts({
    sizes: corpora.map((c) => (c.target === null ? "shipped" : c.target)),
    question: questions[0] ?? "What did the president say?",
    runs: options.quick ? 2 : 3,
  });
  for (const error of errors) skipped.push({ name: "cold start", reason: error });

  let burst: BurstFigures | null = null;
  if (options.burst > 0) {
    try {
      burst = await measureBurst({ interactions: options.burst, rounds: options.quick ? 1 : 3 });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      skipped.push({ name: "burst", reason });
    }
  }

  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    options: { ...options, questions: questions.length },
    headline: headline(corpora),
    corpora,
    coldStarts,
    burst,
    skipped,
    peakRssMB: megabytes(process.resourceUsage().maxRSS * 1024),
    totalSeconds: Math.round(performance.now() / 100) / 10,
  };
  const m = results.machine;
  const subtitle = `${m.cores} cores (${m.cpu}), Node ${m.node}, ${questions.length} questions × ${options.rounds} rounds, ${results.date.slice(0, 10)}`;
  const points = corpora.map((c) => ({
    passages: c.passages,
    answerP50: c.answer.p50,
    answerP99: c.answer.p99,
    plainP99: c.plain.p99,
  }));
  const written = writeResults(options.out, results, latencyChartSvg(points, subtitle));

  console.log(`\nMachine: ${m.cores} cores, ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}`);
  for (const c of corpora) console.log(`  ${c.name}: ${c.description}`);
  console.log(`\n${reportTable(corpora, coldStarts, skipped)}`);
  if (burst) console.log(`\n${burstTable(burst)}`);
  const h = results.headline;
  if (h) {
    console.log(
      `\nHeadline (${h.corpus}): answer() p99 is ${h.ratioP99}× plain MiniSearch's p99 (target ≤ 1.0).`,
    );
  }
  console.log(
    `Peak RSS ${results.peakRssMB} MB; ran ${results.totalSeconds} s.\nWrote ${path.relative(process.cwd(), written.json)} and ${path.relative(process.cwd(), written.chart)}`,
  );
}

function warmUpEngine(question: string): void {
  const index = buildPassageIndex(sotuCorpus(50).articles);
  answer(question, { index });
}

/** The ratio at the largest corpus measured, the figure the targets use. */
function headline(corpora: readonly CorpusFigures[]) {
  const largest = corpora.reduce<CorpusFigures | undefined>(
    (best, c) => (!best || c.passages > best.passages ? c : best),
    undefined,
  );
  return largest
    ? { corpus: largest.name, passages: largest.passages, ratioP99: largest.ratioP99 }
    : null;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
