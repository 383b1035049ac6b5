import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Article } from "./article.js";
import { CorpusError } from "./corpus-error.js";
import { parseArticle } from "./parse-article.js";

/** The articles of one corpus folder, in file-name order. */
export interface Corpus {
  dir: string;
  articles: readonly Article[];
}

/**
 * Reads every `*.md` file in `dir` (other files are ignored) and returns all the articles,
 * or throws a `CorpusError` naming the first bad file: a corpus is never half-loaded.
 *
 * @example
 * const corpus = await loadCorpus("corpus");
 * corpus.articles.map((a) => a.id); // ["phone-chat-cautions", "turan-serious-substantive-call"]
 */
export async function loadCorpus(dir: string): Promise<Corpus> {
  return { dir, articles: articlesFromFiles(await readCorpusFiles(dir)) };
}

/** A corpus file as read from disk, before its front matter is checked. */
export interface CorpusFile {
  /** File name, relative to the corpus folder. */
  file: string;
  text: string;
}

/**
 * Reads the `*.md` files of a corpus folder in file-name order, without parsing them.
 * @throws CorpusError when the folder is missing, unreadable or holds no `.md` file.
 */
export async function readCorpusFiles(dir: string): Promise<CorpusFile[]> {
  const files = await listArticleFiles(dir);
  const texts = await Promise.all(files.map((file) => readFile(path.join(dir, file), "utf8")));
  return files.map((file, i) => ({ file, text: texts[i] ?? "" }));
}

/** The in-memory half of `loadCorpus`, for callers that already hold the file texts. */
export function articlesFromFiles(files: readonly CorpusFile[]): Article[] {
  const articles = files.map(({ file, text }) => parseArticle(file, text));
  const firstFileById = new Map<string, string>();
  for (const article of articles) {
    const first = firstFileById.get(article.id);
    if (first !== undefined) {
      throw new CorpusError(article.file, `id "${article.id}" is already used by ${first}`);
    }
    firstFileById.set(article.id, article.file);
  }
  return articles;
}

async function listArticleFiles(dir: string): Promise<string[]> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === "ENOENT"
        ? "corpus folder not found; create it or set CORPUS_DIR"
        : `corpus folder cannot be read (${code ?? String(error)})`;
    throw new CorpusError(dir, problem);
  }
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".md"))
    .map((entry) => entry.name)
    .sort();
  if (files.length === 0) {
    throw new CorpusError(dir, "no articles: add at least one .md file with front matter");
  }
  return files;
}
