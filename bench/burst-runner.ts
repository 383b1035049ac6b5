import { type ChildProcess, fork } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { deployToStandIn } from "../test/discord/deploy-to-stand-in.js";
import { type DiscordStandIn, startDiscordStandIn } from "../test/discord-stand-in/index.js";
import type { ChildMessage } from "./burst-child.js";

/** One side's raw measurements; burst.ts turns them into percentiles. */
export interface BurstSample {
  /** Dispatch → callback received by the stand-in, for the interactions that got one in time. */
  callbackMs: number[];
  /** Dispatch → first visible answer (the edit after the defer, or the reply itself). */
  answerMs: number[];
  /** Why each failed interaction failed, e.g. "no callback within 3000 ms" → count. */
  failureReasons: Record<string, number>;
  peakRssKB: number;
  /** Log lines at warn level or above the child wrote (the bot logs JSON; the bare client none). */
  logWarnings: number;
}

export interface BurstRunOptions {
  side: "bot" | "bare";
  interactions: number;
  /** Cycled through, one per interaction. */
  questions: readonly string[];
  /** The child writes its log here (the bot's JSON lines), so no pipe can fill and stall it. */
  logFile: string;
  /** A smaller burst before the measured one, unmeasured: see WARM_UP in burst.ts. */
  warmUp: number;
}

/** Discord's own: a callback later than this is refused with 10062 and counts as failed. */
export const INTERACTION_DEADLINE_MS = 3_000;
/** How long after the last dispatch an answer may still come before it counts as missing. */
export const ANSWER_TIMEOUT_MS = 30_000;
const START_TIMEOUT_MS = 60_000;
const POLL_MS = 50;

const root = path.resolve(import.meta.dirname, "..");

/**
 * One side of the burst: a fresh stand-in here (Discord), the bot or the bare client in a
 * child process, `interactions` `/ask` dispatched in one tight loop, each from a user of its
 * own (as a real burst comes from many people, so the per-user cooldown does not apply).
 */
export async function runBurstSide(options: BurstRunOptions): Promise<BurstSample> {
  const discord = await startDiscordStandIn({ interactionDeadlineMs: INTERACTION_DEADLINE_MS });
  let child: ChildProcess | undefined;
  try {
    await deployToStandIn(discord);
    const started = await startChild(options, discord);
    child = started.child;
    const warmIds = [];
    for (let n = 0; n < options.warmUp; n++) {
      warmIds.push(dispatchAsk(discord, options.questions, n, "warm").id);
    }
    await settle(discord, warmIds, options.side);

    const sent = [];
    for (let n = 0; n < options.interactions; n++) {
      sent.push(dispatchAsk(discord, options.questions, n, "burst"));
    }
    const ids = sent.map((s) => s.id);
    await settle(discord, ids, options.side);
    const sample = collect(discord, ids, options.side);
    sample.peakRssKB = await started.report();
    sample.logWarnings = countWarnings(options.logFile);
    return sample;
  } finally {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    await discord.close();
  }
}

function dispatchAsk(
  discord: DiscordStandIn,
  questions: readonly string[],
  n: number,
  who: "warm" | "burst",
) {
  const question = questions[n % questions.length] ?? "What did Putin threaten?";
  // Snowflake-shaped ids, distinct per interaction; warm-up users never reappear in the burst.
  const base = who === "warm" ? 300_000_000_000_000_000n : 200_000_000_000_000_000n;
  const user = { id: (base + BigInt(n)).toString(), username: `${who}-${n}` };
  return discord.dispatchCommand({ name: "ask", options: { question }, user });
}

/** Polls (cheaply, off the request path) until every interaction is answered or given up on. */
async function settle(discord: DiscordStandIn, ids: string[], side: "bot" | "bare") {
  const giveUpAt = Date.now() + ANSWER_TIMEOUT_MS;
  const done = (id: string) => {
    const entry = discord.interaction(id);
    if (entry.lateCallbackAt !== null) return true;
    return side === "bare" ? entry.callback !== null : entry.answer !== null;
  };
  while (Date.now() < giveUpAt && !ids.every(done)) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function collect(discord: DiscordStandIn, ids: string[], side: "bot" | "bare"): BurstSample {
  const sample: BurstSample = {
    callbackMs: [],
    answerMs: [],
    failureReasons: {},
    peakRssKB: 0,
    logWarnings: 0,
  };
  const refused = refusedRequests(discord);
  const fail = (why: string) => {
    sample.failureReasons[why] = (sample.failureReasons[why] ?? 0) + 1;
  };
  for (const id of ids) {
    const entry = discord.interaction(id);
    const { callback, answer } = entry;
    if (callback) sample.callbackMs.push(callback.receivedAt - entry.dispatchedAt);
    if (answer) sample.answerMs.push(answer.latencyMs);
    const refusedCode = refused.get(id) ?? refused.get(entry.token);
    if (entry.lateCallbackAt !== null) fail(`callback after ${INTERACTION_DEADLINE_MS} ms (10062)`);
    else if (!callback) fail("no callback");
    else if (refusedCode !== undefined) fail(`Discord refused a request (${refusedCode})`);
    else if (!answer) fail(`no answer within ${ANSWER_TIMEOUT_MS / 1000} s`);
    else if (side === "bare" && answer.message?.content !== "ok") fail("reply is not 'ok'");
    // The bot's answers (and its "the articles don't cover that") are embeds; its error,
    // cooldown and bad-input notices are plain content.
    else if (side === "bot" && (answer.message?.embeds.length ?? 0) === 0) {
      fail(`not an answer: ${answer.message?.content?.slice(0, 60) ?? "empty"}`);
    }
  }
  return sample;
}

/** Interaction id or webhook token → the HTTP status of a request the stand-in refused. */
function refusedRequests(discord: DiscordStandIn): Map<string, string> {
  const refused = new Map<string, string>();
  for (const request of discord.requests) {
    if (request.status === null || request.status < 400) continue;
    const key =
      /^\/interactions\/([^/]+)\//.exec(request.path)?.[1] ??
      /^\/webhooks\/[^/]+\/([^/]+)/.exec(request.path)?.[1];
    if (key) refused.set(key, `HTTP ${request.status} on ${request.method} ${request.route}`);
  }
  return refused;
}

/**
 * Forks burst-child.ts with a bare environment (no developer DISCORD_* or .env leaks in) and
 * waits for it to log in. The bot runs as `npm start` configures it: LOG_LEVEL info, default
 * cooldown, the shipped corpus; INDEX_CACHE_DIR=off, so the bench writes no snapshot (the
 * shipped corpus builds in milliseconds, and start-up is not what a burst measures).
 */
async function startChild(options: BurstRunOptions, discord: DiscordStandIn) {
  const log = openSync(options.logFile, "w");
  const child = fork(path.join(root, "bench/burst-child.ts"), [options.side], {
    cwd: root,
    execArgv: ["--import", "tsx"],
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "production",
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      LOG_LEVEL: "info",
      INDEX_CACHE_DIR: "off",
    },
    stdio: ["ignore", log, log, "ipc"],
  });
  closeSync(log);
  const exited = new Promise<never>((_, reject) => {
    child.once("exit", (code) => reject(new Error(childFailure(options, `exited (${code})`))));
  });
  exited.catch(() => undefined);
  const next = (type: ChildMessage["type"], timeoutMs: number) =>
    Promise.race([
      exited,
      new Promise<ChildMessage>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(childFailure(options, `sent no ${type} in ${timeoutMs} ms`))),
          timeoutMs,
        );
        const onMessage = (message: ChildMessage) => {
          if (message.type !== type && message.type !== "error") return;
          clearTimeout(timer);
          child.off("message", onMessage);
          if (message.type === "error") reject(new Error(childFailure(options, message.message)));
          else resolve(message);
        };
        child.on("message", onMessage);
      }),
    ]);
  try {
    await next("ready", START_TIMEOUT_MS);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    child,
    async report(): Promise<number> {
      const reply = next("report", 10_000);
      child.send({ type: "report" });
      const message = await reply;
      if (child.exitCode === null) await new Promise((resolve) => child.once("exit", resolve));
      return message.type === "report" ? message.maxRssKB : 0;
    },
  };
}

function childFailure(options: BurstRunOptions, what: string): string {
  const tail = readFileSync(options.logFile, "utf8").trim().split("\n").slice(-5).join("\n");
  return `burst (${options.side}): the child ${what}${tail ? `:\n${tail}` : ""}`;
}

function countWarnings(logFile: string): number {
  let count = 0;
  for (const line of readFileSync(logFile, "utf8").split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      if (((JSON.parse(line) as { level?: number }).level ?? 0) >= 40) count++;
    } catch {
      // Not a log line.
    }
  }
  return count;
}
