import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { corpusQuestions } from "../../src/answer/corpus-questions.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import { snapshotKey } from "../../src/search/index-snapshot.js";

const QUESTIONS = [
  "What did Putin threaten?",
  "How long was the call?",
  "Who requested the call?",
  "What did Biden say about China?",
  // Typos: fuzzy search walks the loaded index's term tree.
  "What did Puttin threatn?",
  "What sanctons were discused?",
];

let work: string;
let corpusDir: string;
let cacheDir: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "snapshot-"));
  corpusDir = path.join(work, "corpus");
  cacheDir = path.join(work, "cache");
  await mkdir(corpusDir);
  for (const file of await readdir(DEFAULT_CORPUS_DIR)) {
    if (file.endsWith(".md"))
      await copyFile(path.join(DEFAULT_CORPUS_DIR, file), path.join(corpusDir, file));
  }
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function snapshotFile(): Promise<string> {
  const [file] = await readdir(cacheDir);
  if (!file) throw new Error("no snapshot written");
  return path.join(cacheDir, file);
}

describe("index snapshot", () => {
  it("is built on the first start, loaded on the next, and answers exactly the same", async () => {
    const first = await loadEngine(corpusDir, { cacheDir });
    expect(first.indexSource).toEqual({ from: "built", because: "missing" });
    const second = await loadEngine(corpusDir, { cacheDir });
    expect(second.indexSource).toEqual({ from: "snapshot" });
    expect(second.corpus.articles).toEqual(first.corpus.articles);
    expect(second.index.passages).toEqual(first.index.passages);
    expect(second.index.documentFrequency).toEqual(first.index.documentFrequency);
    expect(second.suggestions).toBeNull();
    for (const question of QUESTIONS) {
      expect(answer(question, { index: second.index })).toEqual(
        answer(question, { index: first.index }),
      );
    }
  });

  it("is rebuilt when a corpus file changes, is added or is removed", async () => {
    await loadEngine(corpusDir, { cacheDir });
    const [first] = (await readdir(corpusDir)).sort();
    const file = path.join(corpusDir, first ?? "");
    await writeFile(file, `${await readFile(file, "utf8")}\nA new closing paragraph.\n`);
    expect((await loadEngine(corpusDir, { cacheDir })).indexSource).toEqual({
      from: "built",
      because: "stale",
    });
    await writeFile(
      path.join(corpusDir, "extra.md"),
      "---\nid: extra\ntitle: Extra\n---\nAn extra article about grain exports.",
    );
    const withExtra = await loadEngine(corpusDir, { cacheDir });
    expect(withExtra.indexSource).toMatchObject({ from: "built", because: "stale" });
    expect(answer("What about grain exports?", { index: withExtra.index }).answered).toBe(true);
    await rm(path.join(corpusDir, "extra.md"));
    expect((await loadEngine(corpusDir, { cacheDir })).indexSource).toMatchObject({
      because: "stale",
    });
  });

  it.each([
    ["truncated", (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    [
      "altered",
      (bytes: Buffer) => Buffer.from(bytes.toString("utf8").replace("rupture", "ruptura")),
    ],
    ["not a snapshot", () => Buffer.from("garbage\n{}")],
    ["empty", () => Buffer.alloc(0)],
  ])("detects a %s snapshot, rebuilds and replaces it", async (_, damage) => {
    await loadEngine(corpusDir, { cacheDir });
    const file = await snapshotFile();
    await writeFile(file, damage(await readFile(file)));
    const rebuilt = await loadEngine(corpusDir, { cacheDir });
    expect(rebuilt.indexSource).toEqual({ from: "built", because: "corrupt" });
    expect(answer("What did Putin threaten?", { index: rebuilt.index }).answered).toBe(true);
    expect((await loadEngine(corpusDir, { cacheDir })).indexSource).toEqual({ from: "snapshot" });
  });

  it("never serves a snapshot over a corpus that no longer loads", async () => {
    await loadEngine(corpusDir, { cacheDir });
    await writeFile(path.join(corpusDir, "broken.md"), "no front matter");
    await expect(loadEngine(corpusDir, { cacheDir })).rejects.toThrow(/broken\.md/);
  });

  it("saves autocomplete's suggestions with the index and loads them back", async () => {
    const built = await loadEngine(corpusDir, { cacheDir, suggestions: true });
    expect(built.indexSource).toMatchObject({ from: "built" });
    const expected = corpusQuestions(built.index);
    expect(built.suggestions).toEqual(expected);
    const loaded = await loadEngine(corpusDir, { cacheDir, suggestions: true });
    expect(loaded.indexSource).toEqual({ from: "snapshot" });
    expect(loaded.suggestions).toEqual(expected);
  });

  it("derives suggestions once for a snapshot saved without them, and saves them", async () => {
    const plain = await loadEngine(corpusDir, { cacheDir });
    expect(plain.suggestions).toBeNull();
    const withSuggestions = await loadEngine(corpusDir, { cacheDir, suggestions: true });
    expect(withSuggestions.indexSource).toEqual({ from: "snapshot" });
    expect(withSuggestions.suggestions).toEqual(corpusQuestions(plain.index));
    const file = await snapshotFile();
    const saved = await readFile(file);
    const again = await loadEngine(corpusDir, { cacheDir, suggestions: true });
    expect(again.suggestions).toEqual(withSuggestions.suggestions);
    // Loaded this time, not derived and saved again.
    expect(await readFile(file)).toEqual(saved);
  });

  it("writes nothing when the cache is off", async () => {
    const engine = await loadEngine(corpusDir, { cacheDir: null });
    expect(engine.indexSource).toEqual({ from: "built", because: "no-cache" });
    await expect(readdir(cacheDir)).rejects.toThrow();
  });

  it("keys on the engine as well as the corpus", () => {
    const files = [{ file: "a.md", text: "text" }];
    expect(snapshotKey(files, "engine-1")).not.toBe(snapshotKey(files, "engine-2"));
    expect(snapshotKey(files, "engine-1")).toBe(snapshotKey(files, "engine-1"));
    expect(snapshotKey([{ file: "b.md", text: "text" }], "engine-1")).not.toBe(
      snapshotKey(files, "engine-1"),
    );
  });
});
