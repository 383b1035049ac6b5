/**
 * The burst benchmark's machinery (bench/burst.ts), small: both child processes start, log in
 * to the stand-in, answer every interaction, and the figures come back whole. Timings are
 * only checked to be numbers: a benchmark never fails on one.
 */
import { describe, expect, it } from "vitest";
import { burstQuestions, burstTable, measureBurst } from "../../bench/burst.js";

describe("burst benchmark", () => {
  it("measures a small burst on the bot and the bare client with no failures", {
    timeout: 45_000,
  }, async () => {
    const burst = await measureBurst({ interactions: 20, warmUp: 3 });

    expect(burst).toMatchObject({ interactions: 20, rounds: 1, warmUp: 3, deadlineMs: 3000 });
    expect(burst.questions).toBe(Math.min(20, burstQuestions().length));
    for (const side of [burst.bot, burst.bare]) {
      expect(side.failureReasons).toEqual({});
      expect(side.failures).toBe(0);
      expect(side.logWarnings).toBe(0);
      for (const figure of [side.p50, side.p99, side.max, side.answerP50, side.answerP99]) {
        expect(Number.isFinite(figure)).toBe(true);
      }
      expect(side.p50).toBeLessThanOrEqual(side.p99);
      // A burst of 20 is a few MB at most: RSS is mostly node, tsx and discord.js.
      expect(side.peakRssMB).toBeGreaterThan(30);
      expect(side.p99Rounds).toEqual([side.p99]);
    }
    // The bot defers, then edits in the answer: the answer comes after the callback.
    expect(burst.bot.answerP50).toBeGreaterThanOrEqual(burst.bot.p50);
    expect(burst.ratioP99).toBeGreaterThan(0);
    expect(burstTable(burst)).toContain("| failures | 0 | 0 |");
  });
});
