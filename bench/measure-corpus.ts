import { answer } from "../src/answer/answer.js";
import type { Article } from "../src/corpus/article.js";
import { buildPassageIndex } from "../src/search/passage-index.js";
import { type AnswerPhases, answerPhases } from "./answer-phases.js";
import { type AutocompleteFigures, measureAutocomplete } from "./autocomplete-bench.js";
import { buildPlainMiniSearch } from "./plain-baseline.js";
import { contentWords, typedPrefixes } from "./questions.js";
import { appSnapshot, miniSearchJson, type SnapshotFigures } from "./snapshot-reference.js";
import {
  heapUsedBytes,
  latencies,
  megabytes,
  type Percentiles,
  progress,
  round,
  timed,
} from "./stats.js";

/** A corpus to measure: its articles, made by `make` (not timed as part of the build). */
export interface CorpusSpec {
  name: string;
  /** Passages asked for; `null` for the shipped corpus, which is what it is. */
  target: number | null;
  make: () => Promise<{ articles: readonly Article[]; description: string }>;
}

export interface CorpusFigures {
  name: string;
  target: number | null;
  description: string;
  articles: number;
  passages: number;
  /** Time to make the articles (reading and parsing), before indexing. */
  corpusMs: number;
  buildMs: number;
  heapAfterBuildMB: number;
  /** Heap this corpus and its index add (after minus before, both after a full GC). */
  heapForIndexMB: number;
  heapAfterGc: boolean;
  rssMB: number;
  answer: Percentiles;
  answered: number;
  questions: number;
  plainBuildMs: number;
  plain: Percentiles;
  /** The headline: answer() p99 over plain MiniSearch p99 on the questions' content words. */
  ratioP99: number;
  phases: AnswerPhases;
  autocomplete: AutocompleteFigures;
  /** Reference only: MiniSearch's own JSON of the passage index. */
  miniSearchJson: SnapshotFigures;
  /** The app's snapshot (`src/search/index-snapshot.ts`), saved and loaded back. */
  appSnapshot: SnapshotFigures;
}

export interface MeasureOptions {
  questions: readonly string[];
  rounds: number;
  /** Prefixes per question sent to autocomplete (all of them when undefined). */
  prefixStep: number;
}

/** Builds one corpus's index and takes every per-corpus figure of the benchmark. */
export async function measureCorpus(spec: CorpusSpec, options: MeasureOptions) {
  const { questions, rounds } = options;
  const before = heapUsedBytes().bytes;
  progress(`${spec.name}: making the articles`);
  const started = performance.now();
  const corpus = await spec.make();
  const corpusMs = performance.now() - started;
  progress(`${spec.name}: indexing ${corpus.articles.length} articles`);
  const built = timed(() => buildPassageIndex(corpus.articles));
  const index = built.value;
  const heap = heapUsedBytes();
  const rssMB = megabytes(process.memoryUsage().rss);
  progress(`${spec.name}: ${index.passages.length} passages indexed in ${ms(built.ms)}`);

  progress(`${spec.name}: answer() × ${questions.length} questions, 1 warm + ${rounds} rounds`);
  let answered = 0;
  for (const question of questions) if (answer(question, { index }).answered) answered++;
  const answerLatency = latencies(questions, rounds, (question) => answer(question, { index }));
  progress(`${spec.name}: answer() p50 ${answerLatency.p50} ms, p99 ${answerLatency.p99} ms`);
  const phases = answerPhases(index, questions);

  progress(`${spec.name}: plain MiniSearch (default options) on the questions' content words`);
  const plainBuilt = timed(() => buildPlainMiniSearch(index));
  const plainIndex = plainBuilt.value;
  const queries = questions.map(contentWords);
  const plain = latencies(queries, rounds, (query) => plainIndex.search(query));

  progress(`${spec.name}: autocomplete`);
  const prefixes = questions.flatMap((question) => typedPrefixes(question, options.prefixStep));
  const autocomplete = await measureAutocomplete(index, prefixes, rounds);

  progress(`${spec.name}: index snapshot (the app's, and MiniSearch's JSON)`);
  const snapshot = await appSnapshot(index);
  const json = miniSearchJson(index);

  const figures: CorpusFigures = {
    name: spec.name,
    target: spec.target,
    description: corpus.description,
    articles: corpus.articles.length,
    passages: index.passages.length,
    corpusMs: round(corpusMs),
    buildMs: round(built.ms),
    heapAfterBuildMB: megabytes(heap.bytes),
    heapForIndexMB: megabytes(heap.bytes - before),
    heapAfterGc: heap.afterGc,
    rssMB,
    answer: answerLatency,
    answered,
    questions: questions.length,
    plainBuildMs: round(plainBuilt.ms),
    plain,
    ratioP99: Math.round((answerLatency.p99 / plain.p99) * 100) / 100,
    phases,
    autocomplete,
    miniSearchJson: roundSnapshot(json),
    appSnapshot: roundSnapshot(snapshot),
  };
  return { figures, bytesPerPassage: (heap.bytes - before) / Math.max(1, index.passages.length) };
}

function roundSnapshot(figures: SnapshotFigures): SnapshotFigures {
  const nullable = (value: number | null) => (value === null ? null : round(value));
  return { ...figures, saveMs: nullable(figures.saveMs), loadMs: nullable(figures.loadMs) };
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;
}
