import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type ColdStart, measureColdStart } from "./cold-start-runner.js";
import { sotuCorpusFiles } from "./sotu-corpus.js";
import { progress } from "./stats.js";

/** Cold starts past this size would spend minutes building in the child; they are left out. */
const MAX_COLD_START_PASSAGES = 100_000;

/**
 * Cold start to the first answer in fresh processes, each corpus with an empty snapshot
 * folder of its own: the first run builds the index and saves the snapshot, the later runs
 * load it. The shipped corpus, then the largest State of the Union corpus measured (up to
 * 100k passages), written out as Markdown files in a temporary corpus folder.
 */
export async function measureColdStarts(options: {
  sizes: ReadonlyArray<number | "shipped">;
  question: string;
  runs: number;
}): Promise<{ coldStarts: ColdStart[]; errors: string[] }> {
  const coldStarts: ColdStart[] = [];
  const errors: string[] = [];
  const temporary: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "newsdesk-bench-"));
    temporary.push(dir);
    return dir;
  };
  const sotuSizes = options.sizes.filter(
    (size): size is number => typeof size === "number" && size <= MAX_COLD_START_PASSAGES,
  );
  const largest = sotuSizes.length > 0 ? Math.max(...sotuSizes) : null;
  try {
    progress("cold start: shipped corpus, fresh processes");
    coldStarts.push(
      measureColdStart({
        corpus: "shipped",
        corpusDir: path.resolve(import.meta.dirname, "../corpus"),
        cacheDir: await tempDir(),
        question: "What did Putin threaten?",
        runs: options.runs,
      }),
    );
    if (largest !== null) {
      progress(`cold start: ${largest} passages, fresh processes (the first builds the index)`);
      const corpusDir = await tempDir();
      for (const { file, text } of sotuCorpusFiles(largest).files) {
        await writeFile(path.join(corpusDir, file), text);
      }
      coldStarts.push(
        measureColdStart({
          corpus: `${largest / 1000}k`,
          corpusDir,
          cacheDir: await tempDir(),
          question: options.question,
          runs: options.runs,
        }),
      );
    }
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  } finally {
    for (const dir of temporary) await rm(dir, { recursive: true, force: true });
  }
  return { coldStarts, errors };
}
