import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import MiniSearch, { type AsPlainObject } from "minisearch";
import type { Article } from "../corpus/article.js";
import type { Passage } from "../passages/passage.js";
import { type IndexedPassage, MINISEARCH_OPTIONS, type PassageIndex } from "./passage-index.js";
import { PassageTerms, type PassageTermsJSON } from "./passage-terms.js";

/** Bumped when the layout below changes; older snapshots are then rebuilt, never misread. */
const SNAPSHOT_FORMAT = 2;

/** The first line of a snapshot file: what it was built from, and how to check the rest. */
interface SnapshotHeader {
  format: number;
  /** Hash of the corpus files and the engine (see `snapshotKey`). */
  key: string;
  /** Length in bytes and SHA-256 of the body that follows the header line. */
  bodyBytes: number;
  bodySha256: string;
}

interface SnapshotBody {
  articles: Article[];
  passages: Passage[];
  miniSearch: AsPlainObject;
  passageTerms: PassageTermsJSON;
}

/** Why a snapshot was not used, for the log line that says the index is being rebuilt. */
export type SnapshotMiss = "missing" | "stale" | "corrupt";

/**
 * The key a snapshot must carry to be trusted: a hash of every corpus file's name and text
 * and of the engine's fingerprint. Any edit to either makes a new key.
 *
 * @example
 * snapshotKey([{ file: "a.md", text: "…" }], engineFingerprint()); // 64 hex digits
 */
export function snapshotKey(
  files: ReadonlyArray<{ file: string; text: string }>,
  engine: string,
): string {
  const hash = createHash("sha256").update(`${SNAPSHOT_FORMAT}\n${engine}\n`);
  for (const { file, text } of files) {
    hash.update(`${file}\n${Buffer.byteLength(text)}\n`).update(text);
  }
  return hash.digest("hex");
}

/**
 * Writes an index to `file` atomically (a temporary file renamed into place), so a reader
 * never sees half a snapshot and two processes saving at once cannot mix their bytes.
 */
export async function saveSnapshot(file: string, key: string, index: PassageIndex): Promise<void> {
  const body: SnapshotBody = {
    articles: [...index.articles.values()],
    passages: [...index.passages],
    miniSearch: index.miniSearch.toJSON(),
    passageTerms: index.passageTerms.toJSON(),
  };
  const bodyText = Buffer.from(JSON.stringify(body));
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    key,
    bodyBytes: bodyText.length,
    bodySha256: createHash("sha256").update(bodyText).digest("hex"),
  };
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(
      temporary,
      Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), bodyText]),
    );
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * Reads a snapshot back if, and only if, it is whole, uncorrupted and built from `key`.
 * Anything else (no file, another corpus or engine, a truncated or altered file) is a miss,
 * and the caller rebuilds: a snapshot is a cache, never a source of truth.
 */
export async function loadSnapshot(
  file: string,
  key: string,
): Promise<{ index: PassageIndex } | { miss: SnapshotMiss }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { miss: "missing" };
  }
  const newline = bytes.indexOf(10);
  if (newline < 0) return { miss: "corrupt" };
  let header: SnapshotHeader;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as SnapshotHeader;
  } catch {
    return { miss: "corrupt" };
  }
  if (header.format !== SNAPSHOT_FORMAT || header.key !== key) return { miss: "stale" };
  const body = bytes.subarray(newline + 1);
  if (
    body.length !== header.bodyBytes ||
    createHash("sha256").update(body).digest("hex") !== header.bodySha256
  ) {
    return { miss: "corrupt" };
  }
  try {
    return { index: fromBody(JSON.parse(body.toString("utf8")) as SnapshotBody) };
  } catch {
    return { miss: "corrupt" };
  }
}

function fromBody(body: SnapshotBody): PassageIndex {
  const passageTerms = PassageTerms.fromJSON(body.passageTerms);
  if (passageTerms.size !== body.passages.length) throw new Error("passage terms do not match");
  return {
    articles: new Map(body.articles.map((article) => [article.id, article])),
    passages: body.passages,
    miniSearch: MiniSearch.loadJS<IndexedPassage>(body.miniSearch, MINISEARCH_OPTIONS),
    passageTerms,
    documentFrequency: passageTerms.documentFrequencies(),
  };
}
