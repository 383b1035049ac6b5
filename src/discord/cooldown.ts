import { BoundedMap } from "./bounded-map.js";

export interface CooldownOptions {
  /** Uses allowed per window. */
  uses: number;
  /** Window length; 0 turns the cooldown off. */
  seconds: number;
  /** Users tracked at most; the least recently active are forgotten first. Default 10,000. */
  maxUsers?: number;
  now?: () => number;
}

/** Users whose last use is older than the window are dropped every this many checks. */
const SWEEP_EVERY = 1_000;

/**
 * A per-user sliding-window rate limit: at most `uses` in any `seconds`. Memory is bounded
 * twice over: idle users are swept out, and past `maxUsers` the least recent go first.
 *
 * @example
 * const cooldown = new Cooldown({ uses: 5, seconds: 10 });
 * cooldown.take("user-1"); // 0 while under the limit, else seconds until the next use is allowed
 */
export class Cooldown {
  readonly #uses: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #recent: BoundedMap<string, number[]>;
  #checks = 0;

  constructor(options: CooldownOptions) {
    this.#uses = options.uses;
    this.#windowMs = options.seconds * 1000;
    this.#now = options.now ?? Date.now;
    this.#recent = new BoundedMap(options.maxUsers ?? 10_000);
  }

  /** Users currently tracked (for tests and the soak). */
  get trackedUsers(): number {
    return this.#recent.size;
  }

  /**
   * Records a use by `userId` if allowed. Returns 0 when allowed, else the seconds until the
   * oldest use in the window expires (always more than 0).
   */
  take(userId: string): number {
    if (this.#windowMs <= 0) return 0;
    const now = this.#now();
    if (++this.#checks % SWEEP_EVERY === 0) this.#sweep(now);
    const recent = (this.#recent.get(userId) ?? []).filter((at) => now - at < this.#windowMs);
    if (recent.length >= this.#uses) {
      this.#recent.set(userId, recent);
      const oldest = recent[0] ?? now;
      return Math.max(0.001, (oldest + this.#windowMs - now) / 1000);
    }
    recent.push(now);
    this.#recent.set(userId, recent);
    return 0;
  }

  #sweep(now: number): void {
    this.#recent.sweep((uses) => now - (uses.at(-1) ?? 0) >= this.#windowMs);
  }
}
