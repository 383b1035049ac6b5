/**
 * Soak: thousands of interactions through the real client and the stand-in, in rounds of
 * concurrent ones: /ask with varied questions from many users, autocomplete, /search, and
 * buttons (More, Context, 👍 / 👎) on earlier answers. Every interaction must be answered with
 * no error or warning logged, and the heap after GC must end within 10% of where it stood
 * after the warm-up: cooldowns, the feedback ledger, button state and logs stay bounded.
 *
 * `npm test` runs 4,000 interactions; `SOAK_INTERACTIONS=20000 npx vitest run
 * test/discord/soak.e2e.test.ts` runs the full soak. `global.gc` comes from `--expose-gc`,
 * which vitest.config.ts passes to its forks.
 */
import type { APIMessage } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autocompleteQuestions } from "../../src/answer/autocomplete.js";
import type { DispatchedInteraction } from "../discord-stand-in/index.js";
import { buttons, type Harness, type LogLine, startHarness } from "./harness.js";

const TOTAL = Number(process.env.SOAK_INTERACTIONS ?? 4_000);
const WARM_UP = Math.min(1_000, Math.floor(TOTAL / 4));
/** Interactions in flight at once: a busy server, well within the 3-second deadline. */
const ROUND = 100;
/** Distinct users; all of them appear during the warm-up, so per-user state is at its size. */
const USERS = 500;
/** Earlier answers whose buttons later interactions press. */
const RECENT_ANSWERS = 40;
const HEAP_TOLERANCE = 0.1;

const HAND_WRITTEN = [
  "What did Putin threaten?",
  "what did puttin threten",
  "What did Biden warn about?",
  "Who is Jen Psaki?",
  "How long was the call?",
  "When did the call happen?",
  "What did Biden say about China?",
  "How old is Joe Biden?",
  "What are the two paths?",
  "What did Psaki say about de-escalation?",
  "Did they talk about sanctions?",
  "What happens if Russia invades Ukraine?",
  "What did Zelensky say?",
  "Where is the Kremlin?",
];
const SEARCHES = ["Putin", "sanctions", "Ukraine", "call", "Biden warned", "Zelensky"];

let h: Harness;
let questions: string[] = [];
const tally = { lines: 0, interactions: 0, byOutcome: new Map<string, number>() };

/** Counts every log line but keeps only warnings and errors, so the harness does not grow. */
function keepLog(line: LogLine): boolean {
  tally.lines++;
  if (line.event === "interaction") {
    tally.interactions++;
    const outcome = String(line.outcome);
    tally.byOutcome.set(outcome, (tally.byOutcome.get(outcome) ?? 0) + 1);
  }
  return line.level >= 40;
}

beforeAll(async () => {
  h = await startHarness({ env: { LOG_LEVEL: "debug" }, keepLog });
  const suggested = autocompleteQuestions("", { index: h.bot.engine.index, limit: 200 });
  questions = [...HAND_WRITTEN, ...suggested];
});
afterAll(() => h?.close());

function userFor(n: number) {
  const id = (100_000_000_000_000_000n + BigInt(n % USERS)).toString();
  return { id, username: `soak-${n % USERS}`, global_name: `Soak ${n % USERS}` };
}

interface Sent {
  dispatched: DispatchedInteraction;
  kind: "ask" | "search" | "autocomplete" | "button";
}

/** The n-th interaction: a fixed mix, so every run soaks the same way. */
function dispatchNth(n: number, recent: APIMessage[]): Sent {
  const { discord } = h;
  const user = userFor(n);
  const question = questions[(n * 7) % questions.length] ?? "What did Putin threaten?";
  const slot = n % 20;
  const message = recent[(n * 13) % Math.max(1, recent.length)];
  if (slot < 4 && message) {
    const labels = ["More", "Helpful", "Not helpful", "Context [1]"];
    const label = labels[(n >> 2) % labels.length] ?? "More";
    const customId = buttons(message).get(label) ?? buttons(message).values().next().value;
    if (customId) {
      return { kind: "button", dispatched: discord.dispatchButton({ customId, message, user }) };
    }
  }
  if (slot < 9) {
    const typed = slot === 8 ? "" : question.slice(0, 3 + (n % question.length));
    const dispatched =
      slot === 8
        ? discord.dispatchAutocomplete({
            name: "search",
            options: { query: "Putin", article: ["tur", "", "phone"][n % 3] ?? "" },
            focused: "article",
            user,
          })
        : discord.dispatchAutocomplete({
            name: "ask",
            options: { question: typed },
            focused: "question",
            user,
          });
    return { kind: "autocomplete", dispatched };
  }
  if (slot < 11) {
    const query = SEARCHES[n % SEARCHES.length] ?? "Putin";
    return {
      kind: "search",
      dispatched: discord.dispatchCommand({ name: "search", options: { query }, user }),
    };
  }
  const options = { question, ...(n % 10 === 0 ? { hide: true } : {}) };
  return { kind: "ask", dispatched: discord.dispatchCommand({ name: "ask", options, user }) };
}

/** Dispatches `count` interactions in concurrent rounds; fails on the first one left unanswered. */
async function soak(from: number, count: number, recent: APIMessage[]): Promise<void> {
  for (let start = from; start < from + count; start += ROUND) {
    const round: Sent[] = [];
    for (let n = start; n < Math.min(start + ROUND, from + count); n++) {
      round.push(dispatchNth(n, recent));
    }
    await Promise.all(
      round.map(async ({ dispatched, kind }) => {
        if (kind === "autocomplete") {
          await h.discord.waitForCallback(dispatched.id, { timeoutMs: 10_000 });
          return;
        }
        await h.discord.waitForAnswer(dispatched.id, { timeoutMs: 10_000 });
        const shown = h.discord.originalMessage(dispatched.token);
        if (kind === "ask" && shown && buttons(shown).has("Helpful")) {
          recent.push(shown);
          if (recent.length > RECENT_ANSWERS) recent.shift();
        }
      }),
    );
    // The stand-in would otherwise remember every interaction: measure the bot, not it.
    h.discord.forget(round.map(({ dispatched }) => dispatched.id));
    expect(h.logs, "a warning or error was logged").toEqual([]);
  }
}

/** Heap used after full garbage collection, in bytes. */
async function settledHeap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("global.gc is missing: run vitest with --expose-gc (vitest.config.ts)");
  for (let pass = 0; pass < 3; pass++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

describe("soak", () => {
  it(`answers ${TOTAL} interactions with no failure, and the heap stays flat`, {
    timeout: Math.max(120_000, TOTAL * 15),
  }, async () => {
    const recent: APIMessage[] = [];
    const startedAt = performance.now();
    await soak(0, WARM_UP, recent);
    const heapStart = await settledHeap();
    await soak(WARM_UP, TOTAL - WARM_UP, recent);
    const heapEnd = await settledHeap();
    const seconds = (performance.now() - startedAt) / 1000;

    const outcomes = Object.fromEntries(tally.byOutcome);
    console.log(
      `soak: ${TOTAL} interactions in ${seconds.toFixed(1)} s; heap after GC ${mb(heapStart)} after ${WARM_UP} → ${mb(heapEnd)} at the end (${(((heapEnd - heapStart) / heapStart) * 100).toFixed(1)}%); outcomes ${JSON.stringify(outcomes)}`,
    );
    expect(tally.interactions).toBe(TOTAL);
    expect(tally.byOutcome.get("error") ?? 0).toBe(0);
    expect(h.discord.unknownRequests).toEqual([]);
    expect(heapEnd).toBeLessThanOrEqual(heapStart * (1 + HEAP_TOLERANCE));
  });
});
