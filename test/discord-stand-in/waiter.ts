/** Options shared by every `waitFor…` helper of the stand-in. */
export interface WaitOptions {
  /** Reject after this long (default 5000 ms) with a message describing what was awaited. */
  timeoutMs?: number;
}

export const DEFAULT_WAIT_MS = 5_000;
/** Probes of state the stand-in does not own (a test's variables) are also polled this often. */
const POLL_MS = 5;

type Probe<T> = () => T | undefined;

/**
 * Lets tests await a condition without fixed sleeps: every state change of the stand-in calls
 * `notify()` and each pending waiter re-runs its probe at once; a short poll catches changes made
 * elsewhere. A probe returns `undefined` while the condition does not hold yet.
 */
export class ChangeNotifier {
  readonly #waiters = new Set<() => void>();
  #closedReason: string | null = null;

  notify(): void {
    for (const check of [...this.#waiters]) check();
  }

  /**
   * `poll` is for probes reading outside state; the stand-in's own waits rely on `notify()` alone,
   * which keeps a thousand concurrent waits (a benchmark burst) cheap.
   */
  waitFor<T>(
    probe: Probe<T>,
    options: WaitOptions,
    describe: () => string,
    poll = false,
  ): Promise<T> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_MS;
    return new Promise<T>((resolve, reject) => {
      const finish = (settle: () => void): void => {
        clearTimeout(timer);
        if (poller) clearInterval(poller);
        this.#waiters.delete(check);
        settle();
      };
      const check = (): void => {
        if (this.#closedReason !== null) {
          const reason = this.#closedReason;
          finish(() => reject(new Error(`${reason} while waiting for ${describe()}`)));
          return;
        }
        let value: T | undefined;
        try {
          value = probe();
        } catch (error) {
          finish(() => reject(error));
          return;
        }
        if (value !== undefined) finish(() => resolve(value));
      };
      const timer = setTimeout(() => {
        finish(() =>
          reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${describe()}`)),
        );
      }, timeoutMs);
      const poller = poll ? setInterval(check, POLL_MS) : null;
      // An abandoned waiter must never keep the test process alive.
      timer.unref();
      poller?.unref();
      this.#waiters.add(check);
      check();
    });
  }

  /** Rejects every pending and future waiter, so a test awaiting a closed stand-in fails fast. */
  close(reason: string): void {
    this.#closedReason = reason;
    this.notify();
  }
}
