import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = path.join(root, "node_modules/.bin/tsx");

/** Runs the real `ask` entry point, as `npm run ask` does. */
function ask(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(tsx, ["src/cli/ask.ts", ...args], {
    cwd: root,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run ask", () => {
  it("prints cited snippets and then the sources", () => {
    const { code, stdout } = ask(["What did Putin threaten?"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/rupture/);
    expect(stdout).toMatch(/\[\d\] (TURAN|Unknown outlet), ¶\d+/);
    expect(stdout).toMatch(/\nSources\n\[1\] /);
  });

  it("--json prints the Answer as one JSON object", () => {
    const { code, stdout } = ask(["--json", "What was the duration of the conversation?"]);
    expect(code).toBe(0);
    const reply = JSON.parse(stdout);
    expect(reply).toMatchObject({
      question: "What was the duration of the conversation?",
      answered: true,
    });
    expect(Object.keys(reply.snippets[0])).toEqual(
      expect.arrayContaining(["text", "articleId", "title", "outlet", "paragraph", "url", "score"]),
    );
  });

  it("batch mode answers one JSON line per input line, in order, and a bad line does not stop it", () => {
    const { code, stdout, stderr } = ask(["--json"], {
      input: `What did Putin threaten?\n\n${"x".repeat(301)}\nWhat is the capital of France?\n`,
    });
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.answered ?? "error")).toEqual([true, "error", "error", false]);
    expect(lines[1].error).toMatch(/empty/);
    expect(code).toBe(2);
    expect(stderr).toBe("");
  });

  it("rejects an empty question with one line and exit code 2", () => {
    const { code, stderr } = ask([""]);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("names the broken corpus file in one line, exit code 1, no stack trace", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "corpus-"));
    writeFileSync(path.join(dir, "broken.md"), "---\nid: [oops\n---\nBody.");
    const { code, stderr } = ask(["anything"], { env: { CORPUS_DIR: dir } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^ask: corpus error: broken\.md: front matter is not valid YAML/);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    rmSync(dir, { recursive: true });
  });
});
