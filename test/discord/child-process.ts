import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface RunningProcess {
  child: ChildProcess;
  /**
   * Signals the whole process group, as a terminal's Ctrl-C does: `npm start` runs the bot
   * under npm, sh and tsx, and a signal to npm alone is not passed on.
   */
  signal(signal: NodeJS.Signals): void;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Resolves once stdout + stderr hold `text`; rejects if the output ends first or on timeout. */
  waitForOutput(text: string, timeoutMs?: number): Promise<void>;
}

/**
 * Runs a command from the repository root with only the environment given (plus PATH and
 * HOME), so a developer's own DISCORD_* variables or `.env` never leak into a test.
 */
export function run(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
  killAfterMs = 20_000,
): RunningProcess {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DOTENV_PATH: "/nonexistent/.env",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so a signal (or the kill on timeout) reaches every process in it.
    detached: true,
  });
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, name);
    } catch {
      // The group is gone already.
    }
  };
  let out = "";
  let err = "";
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    changed();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
    changed();
  });
  const killer = setTimeout(() => signal("SIGKILL"), killAfterMs);
  const exited = once(child, "exit").then(([code]) => {
    clearTimeout(killer);
    changed();
    return code as number | null;
  });
  // Output is complete only once every process holding the pipes has closed them: under
  // `npm start` the bot is a grandchild that may still be writing after npm has exited.
  let done = false;
  void once(child, "close").then(() => {
    done = true;
    changed();
  });
  return {
    child,
    signal,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForOutput(text, timeoutMs = 15_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if ((out + err).includes(text)) finish(resolve);
          else if (done)
            finish(() => reject(new Error(`output ended before ${text}:\n${out}${err}`)));
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`no ${text} within ${timeoutMs} ms:\n${out}${err}`))),
          timeoutMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      });
    },
  };
}

/** `node --import tsx <file>`: what `npm start` runs, without npm's own banner and error lines. */
export function runTs(file: string, env: Record<string, string>): RunningProcess {
  return run(process.execPath, ["--import", "tsx", file], env);
}

export function lines(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "");
}
