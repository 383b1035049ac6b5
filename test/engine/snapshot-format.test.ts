import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { loadSnapshot, saveSnapshot } from "../../src/search/index-snapshot.js";
import { buildPassageIndex, type PassageIndex } from "../../src/search/passage-index.js";
import { PassageTerms } from "../../src/search/passage-terms.js";

let work: string;
let built: PassageIndex;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "snapshot-format-"));
  built = buildPassageIndex((await loadCorpus(DEFAULT_CORPUS_DIR)).articles);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function roundTrip(index: PassageIndex, name: string) {
  const file = path.join(work, name);
  await saveSnapshot(file, "key", index, {
    key: "code",
    list: [{ text: "What did Putin say?", score: 4.5 }],
  });
  const loaded = await loadSnapshot(file, "key");
  if (!("index" in loaded)) throw new Error(`snapshot read back as ${loaded.miss}`);
  return { file, ...loaded };
}

describe("index snapshot format", () => {
  it("reads back the same articles, passages, terms, frequencies and suggestions", async () => {
    const { index, suggestions } = await roundTrip(built, "same.snapshot");
    expect([...index.articles]).toEqual([...built.articles]);
    expect(index.passages).toEqual(built.passages);
    expect(index.documentFrequency).toEqual(built.documentFrequency);
    for (let id = 0; id < built.passages.length; id++) {
      expect(index.passageTerms.termsOf(id)).toEqual(built.passageTerms.termsOf(id));
    }
    expect(index.passageTerms.idOf("putin")).toBe(built.passageTerms.idOf("putin"));
    expect(suggestions).toEqual({
      key: "code",
      list: [{ text: "What did Putin say?", score: 4.5 }],
    });
  });

  it("searches exactly as the index it was saved from, fuzzy and prefix searches included", async () => {
    const { index } = await roundTrip(built, "search.snapshot");
    expect(index.miniSearch.documentCount).toBe(built.miniSearch.documentCount);
    expect(index.miniSearch.termCount).toBe(built.miniSearch.termCount);
    for (const query of ["putin", "sanction", "puten", "sanc", "biden warn call", "zzzz"]) {
      for (const options of [{}, { fuzzy: 0.3 }, { prefix: true }, { fuzzy: 1, prefix: true }]) {
        expect(index.miniSearch.search(query, options)).toEqual(
          built.miniSearch.search(query, options),
        );
      }
    }
    expect(index.miniSearch.has(0)).toBe(true);
    expect(index.miniSearch.has(built.passages.length)).toBe(false);
  });

  it("keeps a passage whose text is not a slice of its paragraph", async () => {
    const [first, ...rest] = built.passages;
    if (!first) throw new Error("no passages");
    const odd = { ...built, passages: [{ ...first, text: "Text found nowhere “else”." }, ...rest] };
    const { index } = await roundTrip(odd, "odd.snapshot");
    expect(index.passages).toEqual(odd.passages);
  });

  it("reads a flipped byte anywhere in the body as corrupt", async () => {
    const { file } = await roundTrip(built, "flipped.snapshot");
    const bytes = await readFile(file);
    for (const at of [bytes.length - 1, Math.floor(bytes.length / 2), bytes.indexOf(10) + 2]) {
      const damaged = Buffer.from(bytes);
      damaged[at] = (damaged[at] ?? 0) ^ 1;
      await writeFile(file, damaged);
      expect(await loadSnapshot(file, "key")).toEqual({ miss: "corrupt" });
    }
    await writeFile(file, bytes);
    expect(await loadSnapshot(file, "other key")).toEqual({ miss: "stale" });
    expect(await loadSnapshot(path.join(work, "none.snapshot"), "key")).toEqual({
      miss: "missing",
    });
  });
});

describe("PassageTerms.fromBinary", () => {
  it("reads back toBinary's arrays and rejects inconsistent ones", () => {
    const terms = PassageTerms.fromTerms([["putin", "warn"], ["urg", "putin"], []]);
    const { dictionary, offsets, ids } = terms.toBinary();
    const copy = PassageTerms.fromBinary([...dictionary], offsets.slice(), ids.slice());
    expect([0, 1, 2].map((id) => copy.termsOf(id))).toEqual([
      ["putin", "warn"],
      ["urg", "putin"],
      [],
    ]);
    expect(copy.documentFrequencies()).toEqual(terms.documentFrequencies());
    const bad: Array<[string[], number[], number[]]> = [
      [["a"], [0, 2], [0]],
      [["a"], [1, 1], [0]],
      [
        ["a", "b"],
        [0, 2, 1],
        [0, 1],
      ],
      [["a"], [0, 1], [1]],
      [["a"], [], []],
    ];
    for (const [words, starts, termIds] of bad) {
      expect(() =>
        PassageTerms.fromBinary(words, Uint32Array.from(starts), Uint32Array.from(termIds)),
      ).toThrow(/inconsistent/);
    }
  });
});
