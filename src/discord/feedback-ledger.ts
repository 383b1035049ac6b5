import { BoundedMap } from "./bounded-map.js";

export type Vote = "up" | "down";

/**
 * Remembers who rated which answer so each user's vote counts once per answer. Bounded: past
 * `maxVotes` the oldest votes are forgotten (a user could then vote again on a very old
 * answer, a fair price for memory that cannot grow without limit).
 */
export class FeedbackLedger {
  readonly #votes: BoundedMap<string, Vote>;

  constructor(maxVotes = 10_000) {
    this.#votes = new BoundedMap(maxVotes);
  }

  get size(): number {
    return this.#votes.size;
  }

  /** Records the vote; `false` when this user already rated this answer. */
  record(messageId: string, userId: string, vote: Vote): boolean {
    const key = `${messageId}:${userId}`;
    if (this.#votes.has(key)) return false;
    this.#votes.set(key, vote);
    return true;
  }
}
