import { createHash } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PassageIndex } from "./passage-index.js";
import { readAndHash } from "./snapshot/read-and-hash.js";
import {
  decodeBody,
  encodeBody,
  type SnapshotContents,
  type SnapshotSuggestions,
} from "./snapshot/snapshot-body.js";

export type { SnapshotSuggestions };

/**
 * Bumped when the body's layout (snapshot/snapshot-body.ts) changes; older snapshots are then
 * rebuilt, never misread. (The fingerprint covers the snapshot code too.)
 */
const SNAPSHOT_FORMAT = 4;

/** The first line of a snapshot file: what it was built from, and how to check the rest. */
interface SnapshotHeader {
  format: number;
  /** Hash of the corpus files and the engine (see `snapshotKey`). */
  key: string;
  /** Length in bytes and SHA-256 of the body that follows the header line. */
  bodyBytes: number;
  bodySha256: string;
}

/** Why a snapshot was not used, for the log line that says the index is being rebuilt. */
export type SnapshotMiss = "missing" | "stale" | "corrupt";

/** A loaded snapshot: the index, and the suggestions saved with it, if any. */
export type LoadedSnapshot = SnapshotContents;

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
 * `suggestions`, when given, are saved with it, so a start need not derive them again.
 */
export async function saveSnapshot(
  file: string,
  key: string,
  index: PassageIndex,
  suggestions?: SnapshotSuggestions,
): Promise<void> {
  const bodyBytes = encodeBody(index, suggestions ?? null);
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    key,
    bodyBytes: bodyBytes.length,
    bodySha256: createHash("sha256").update(bodyBytes).digest("hex"),
  };
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(
      temporary,
      Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), bodyBytes]),
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
  key: string | PromiseLike<string>,
  options: LoadOptions = {},
): Promise<LoadedSnapshot | { miss: SnapshotMiss }> {
  const reading = readAndHash(file);
  // Settled below in every case but a rejected key, which is the caller's error to see.
  reading.catch(() => undefined);
  const expectedKey = await key;
  options.whileReading?.();
  const read = await reading;
  if (!read) return { miss: "missing" };
  const { bytes, bodySha256 } = read;
  const newline = bytes.indexOf(10);
  if (newline < 0) return { miss: "corrupt" };
  let header: SnapshotHeader;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as SnapshotHeader;
  } catch {
    return { miss: "corrupt" };
  }
  if (header.format !== SNAPSHOT_FORMAT || header.key !== expectedKey) return { miss: "stale" };
  const body = bytes.subarray(newline + 1);
  if (body.length !== header.bodyBytes || bodySha256 !== header.bodySha256) {
    return { miss: "corrupt" };
  }
  try {
    return decodeBody(body);
  } catch {
    return { miss: "corrupt" };
  }
}

export interface LoadOptions {
  /**
   * Work to do on this thread while another reads the file and hashes it (both take tens of
   * ms on a large corpus), once `key` is known.
   */
  whileReading?: () => void;
}
