/** Latency figures in milliseconds over a set of timed calls. */
export interface Percentiles {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles: p99 of 200 samples is the 198th smallest. */
export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return {
    samples: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted.at(-1) ?? NaN),
    mean: round(mean),
  };
}

/** Milliseconds a call takes, with its result. */
export function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

/**
 * Times `run` on every input: once each to warm up (JIT, caches), then `rounds` measured
 * passes over all the inputs.
 */
export function latencies<T>(inputs: readonly T[], rounds: number, run: (input: T) => unknown) {
  for (const input of inputs) run(input);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) samples.push(timed(() => run(input)).ms);
  }
  return percentiles(samples);
}

/** Heap in use after a full collection when node runs with `--expose-gc` (else as it stands). */
export function heapUsedBytes(): { bytes: number; afterGc: boolean } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return { bytes: process.memoryUsage().heapUsed, afterGc: gc !== undefined };
}

/** Rounds to 3 significant decimals for milliseconds (0.0123 → 0.012, 12.345 → 12.35). */
export function round(ms: number): number {
  if (!Number.isFinite(ms)) return ms;
  const digits = Math.abs(ms) >= 100 ? 0 : Math.abs(ms) >= 10 ? 1 : Math.abs(ms) >= 1 ? 2 : 3;
  const factor = 10 ** digits;
  return Math.round(ms * factor) / factor;
}

export function megabytes(bytes: number): number {
  return Math.round((bytes / 2 ** 20) * 10) / 10;
}

/** Progress for the person waiting: stderr, so stdout keeps only the table. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${(performance.now() / 1000).toFixed(1)}s] ${message}\n`);
}
