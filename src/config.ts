import path from "node:path";
import { fileURLToPath } from "node:url";

/** The shipped corpus, found from this file so commands work from any working directory. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL("../corpus", import.meta.url));

/**
 * The corpus folder: `CORPUS_DIR` (relative to the working directory) or the shipped corpus.
 *
 * @example
 * corpusDirFrom({ CORPUS_DIR: "my-articles" }); // "/abs/path/to/my-articles"
 */
export function corpusDirFrom(env: NodeJS.ProcessEnv): string {
  const configured = env.CORPUS_DIR?.trim();
  return configured ? path.resolve(configured) : DEFAULT_CORPUS_DIR;
}

/**
 * Where index snapshots are kept unless `INDEX_CACHE_DIR` says otherwise: inside the
 * project's `node_modules/.cache`, the usual home of rebuildable caches, ignored by git.
 */
export const DEFAULT_INDEX_CACHE_DIR = fileURLToPath(
  new URL("../node_modules/.cache/newsdesk-bot", import.meta.url),
);

/**
 * The snapshot folder: `INDEX_CACHE_DIR` (relative to the working directory), `null` when it
 * is `off`, or the default.
 *
 * @example
 * indexCacheDirFrom({ INDEX_CACHE_DIR: "off" }); // null: always build the index afresh
 */
export function indexCacheDirFrom(env: NodeJS.ProcessEnv): string | null {
  const configured = env.INDEX_CACHE_DIR?.trim();
  if (!configured) return DEFAULT_INDEX_CACHE_DIR;
  return configured.toLowerCase() === "off" ? null : path.resolve(configured);
}
