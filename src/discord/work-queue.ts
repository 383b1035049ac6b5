/**
 * Runs CPU-bound engine work one job per turn of the event loop, and not while an
 * acknowledgement is on its way: in a burst, every new interaction gets its defer out before
 * the 3-second deadline instead of waiting behind answers being computed. A job waits at most
 * `maxHoldMs` for acknowledgements, so a steady stream of them cannot starve the answers.
 */
export class WorkQueue {
  readonly #jobs: Array<{ run: () => void; queuedAt: number }> = [];
  readonly #maxHoldMs: number;
  #holds = 0;
  #scheduled = false;

  constructor(options: { maxHoldMs?: number } = {}) {
    this.#maxHoldMs = options.maxHoldMs ?? 1_000;
  }

  /** Jobs waiting to run (for tests and logs). */
  get pending(): number {
    return this.#jobs.length;
  }

  run<T>(job: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#jobs.push({
        queuedAt: performance.now(),
        run: () => {
          try {
            Promise.resolve(job()).then(resolve, reject);
          } catch (error) {
            reject(error);
          }
        },
      });
      this.#schedule();
    });
  }

  /** Holds jobs back until `acknowledgement` settles (it is returned as is). */
  async acknowledging<T>(acknowledgement: Promise<T>): Promise<T> {
    this.#holds++;
    try {
      return await acknowledgement;
    } finally {
      this.#holds--;
      this.#schedule();
    }
  }

  #schedule(): void {
    if (this.#scheduled || this.#jobs.length === 0) return;
    this.#scheduled = true;
    // setImmediate, not a microtask: pending network callbacks run first.
    setImmediate(() => {
      this.#scheduled = false;
      const next = this.#jobs[0];
      if (!next) return;
      const waited = performance.now() - next.queuedAt;
      if (this.#holds > 0 && waited < this.#maxHoldMs) {
        // Check again shortly; a settling acknowledgement also reschedules.
        setTimeout(() => this.#schedule(), 5).unref();
        return;
      }
      this.#jobs.shift()?.run();
      this.#schedule();
    });
  }
}
