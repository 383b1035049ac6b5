import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";

/**
 * Reads a snapshot file and hashes its body (everything after the first line) in a worker
 * thread, so the main thread can work meanwhile; null when it cannot be read. Without
 * worker threads (or should one fail to start), does both here.
 */
export async function readAndHash(
  file: string,
): Promise<{ bytes: Buffer; bodySha256: string } | null> {
  try {
    const read = await inWorker(file);
    if (read !== "no-worker") return read;
  } catch {
    // Fall through: read it here.
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null;
  }
  return { bytes, bodySha256: hashBody(bytes) };
}

function hashBody(bytes: Buffer): string {
  const newline = bytes.indexOf(10);
  return createHash("sha256")
    .update(bytes.subarray(newline < 0 ? bytes.length : newline + 1))
    .digest("hex");
}

/** Plain JavaScript, so the worker loads no TypeScript tooling: it reads, hashes, hands over. */
const READER = `
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const { createHash } = require("node:crypto");
let bytes;
try { bytes = readFileSync(workerData); } catch { bytes = null; }
if (!bytes) parentPort.postMessage(null);
else {
  const newline = bytes.indexOf(10);
  const bodySha256 = createHash("sha256")
    .update(bytes.subarray(newline < 0 ? bytes.length : newline + 1)).digest("hex");
  const buffer = bytes.byteOffset === 0 && bytes.length === bytes.buffer.byteLength
    ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  parentPort.postMessage({ buffer, bodySha256 }, [buffer]);
}`;

function inWorker(
  file: string,
): Promise<{ bytes: Buffer; bodySha256: string } | null | "no-worker"> {
  let worker: Worker;
  try {
    worker = new Worker(READER, { eval: true, workerData: file, execArgv: [], stdout: false });
  } catch {
    return Promise.resolve("no-worker");
  }
  return new Promise((resolve, reject) => {
    worker.once("message", (read: { buffer: ArrayBuffer; bodySha256: string } | null) => {
      resolve(read && { bytes: Buffer.from(read.buffer), bodySha256: read.bodySha256 });
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", () => reject(new Error("snapshot reader exited")));
  });
}
