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
