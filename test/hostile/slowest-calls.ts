/**
 * Keeps the slowest calls of a property run, so the time budget is judged on the few inputs
 * that matter, each re-timed: one timing of a call can be inflated by a garbage-collection
 * pause or a JIT compile that has nothing to do with the input.
 */
export interface SlowCall {
  label: string;
  input: string;
  /** The time measured while the property ran. */
  firstMs: number;
  /** The best of the re-timings: what the input itself costs. */
  bestMs: number;
}

interface Entry {
  label: string;
  input: string;
  ms: number;
  call: () => unknown;
}

export class SlowestCalls {
  readonly #entries: Entry[] = [];
  #count = 0;

  constructor(private readonly keep = 12) {}

  /** Runs `call` once, timing it; rethrows what it throws. */
  time<T>(label: string, input: string, call: () => T): T {
    const started = performance.now();
    try {
      return call();
    } finally {
      this.#add({ label, input, ms: performance.now() - started, call });
    }
  }

  /** How many calls were timed. */
  get count(): number {
    return this.#count;
  }

  /** The slowest calls, each re-run `repeats` times; slowest first by their best time. */
  retime(repeats = 3): SlowCall[] {
    return this.#entries
      .map(({ label, input, ms, call }) => {
        let bestMs = Number.POSITIVE_INFINITY;
        for (let i = 0; i < repeats; i++) {
          const started = performance.now();
          try {
            call();
          } catch {
            // Throwing is the property's business; only the time matters here.
          }
          bestMs = Math.min(bestMs, performance.now() - started);
        }
        return { label, input, firstMs: ms, bestMs };
      })
      .sort((a, b) => b.bestMs - a.bestMs);
  }

  /** The slowest single timing seen during the run (p100), before any re-timing. */
  get maxFirstMs(): number {
    return this.#entries.reduce((max, entry) => Math.max(max, entry.ms), 0);
  }

  #add(entry: Entry): void {
    this.#count++;
    const entries = this.#entries;
    if (entries.length === this.keep && (entries[entries.length - 1]?.ms ?? 0) >= entry.ms) return;
    entries.push(entry);
    entries.sort((a, b) => b.ms - a.ms);
    if (entries.length > this.keep) entries.pop();
  }
}

/** A short, printable excerpt of a hostile input for reports. */
export function excerpt(text: string, max = 80): string {
  const shown = JSON.stringify(text.length > max ? text.slice(0, max) : text);
  return text.length > max ? `${shown}… (${text.length} chars)` : shown;
}
