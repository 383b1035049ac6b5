import type { Article } from "../../corpus/article.js";
import type { PassageIndex } from "../passage-index.js";
import { PassageTerms } from "../passage-terms.js";
import {
  type MiniSearchArrays,
  miniSearchFromArrays,
  miniSearchToArrays,
} from "./minisearch-arrays.js";
import { passagesFromColumns, passagesToColumns } from "./passage-columns.js";

/** Suggestions saved with a snapshot, and a key for the code that derived them. */
export interface SnapshotSuggestions {
  key: string;
  list: ReadonlyArray<{ text: string; score: number }>;
}

/** What a snapshot's body gives back: the index, and the suggestions saved with it, if any. */
export interface SnapshotContents {
  index: PassageIndex;
  suggestions: SnapshotSuggestions | null;
}

/**
 * The body: a 4-byte length, this JSON, then binary sections (at 4-byte aligned offsets) that
 * hold everything large as flat arrays, which load without parsing:
 *
 * - `text`: every article's paragraphs, article after article (see `articles`). A passage's
 *   text is a slice of its paragraph (start and length), so the text is stored, decoded and
 *   held in memory once, not once for the article and again for its passages.
 * - `passages`: `Int32` columns (article, paragraph, sentence, start, length, prev, next).
 * - `termOffsets`, `termIds`: `PassageTerms`, whose dictionary is `dictionary`; `termCounts`:
 *   how many passages hold each of its terms (`documentFrequency`).
 * - MiniSearch's index: its terms (`msTerms`, ids into `dictionary`, in the tree's order),
 *   each term's postings (`msOffsets` into `msDocs` and `msFreqs`), its document ids and
 *   field lengths.
 */
interface SnapshotMeta {
  /**
   * Articles without their paragraphs, which are in the `text` section: `textBytes` bytes of it,
   * Latin-1 when every character fits (one byte each), else UTF-16; both decode as a copy.
   */
  articles: Array<
    Omit<Article, "paragraphs"> & {
      paragraphLengths: number[];
      textBytes: number;
      encoding: "latin1" | "utf16le";
    }
  >;
  /** Passages whose text is not a slice of their paragraph (none so far), by id. */
  passageTexts: Record<string, string>;
  /** Every term: `PassageTerms`' dictionary (the first `passageTermCount`), then any others. */
  dictionary: string[];
  passageTermCount: number;
  miniSearch: MiniSearchArrays["state"];
  suggestions: { key: string; texts: string[]; scores: number[] } | null;
  /** `PassageIndex.aliases`: passage id and the name terms it names by title. */
  aliases: Array<[number, string[]]>;
  sections: Record<SectionName, [offset: number, bytes: number]>;
}

const SECTIONS = [
  "text",
  "passages",
  "termOffsets",
  "termIds",
  "termCounts",
  "msTerms",
  "msOffsets",
  "msDocs",
  "msFreqs",
  "msShortIds",
  "msDocIds",
  "msFieldLengths",
] as const;
type SectionName = (typeof SECTIONS)[number];

/** The body of a snapshot file for an index and the suggestions to keep with it. */
export function encodeBody(index: PassageIndex, suggestions: SnapshotSuggestions | null): Buffer {
  const articles = [...index.articles.values()];
  const articleNumber = new Map(articles.map((article, i) => [article.id, i]));
  const texts: Buffer[] = [];
  const metaArticles = articles.map(({ paragraphs, ...rest }) => {
    const whole = paragraphs.join("");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the Latin-1 range, on purpose
    const encoding = /^[\u0000-\u00ff]*$/.test(whole) ? "latin1" : "utf16le";
    const text = Buffer.from(whole, encoding);
    texts.push(text);
    return {
      ...rest,
      paragraphLengths: paragraphs.map((p) => p.length),
      textBytes: text.length,
      encoding,
    } as const;
  });

  const { columns, texts: unslicedTexts } = passagesToColumns(
    index.passages,
    index.articles,
    articleNumber,
  );
  const terms = index.passageTerms.toBinary();
  const documentFrequency = index.passageTerms.documentFrequencies();
  const dictionary = [...terms.dictionary];
  const termId = new Map(dictionary.map((term, id) => [term, id]));
  const termIdOf = (term: string) => {
    let id = termId.get(term);
    if (id === undefined) {
      id = dictionary.length;
      dictionary.push(term);
      termId.set(term, id);
    }
    return id;
  };

  const ms = miniSearchToArrays(index.miniSearch, termIdOf);
  const sections: Record<SectionName, Uint8Array> = {
    text: Buffer.concat(texts),
    passages: bytesOf(columns),
    termOffsets: bytesOf(terms.offsets),
    termIds: bytesOf(terms.ids),
    termCounts: bytesOf(
      Uint32Array.from(terms.dictionary, (term) => documentFrequency.get(term) ?? 0),
    ),
    msTerms: bytesOf(ms.terms),
    msOffsets: bytesOf(ms.offsets),
    msDocs: bytesOf(ms.docs),
    msFreqs: bytesOf(ms.freqs),
    msShortIds: bytesOf(ms.shortIds),
    msDocIds: bytesOf(ms.docIds),
    msFieldLengths: bytesOf(ms.fieldLengths),
  };
  const placed = {} as SnapshotMeta["sections"];
  let offset = 0;
  for (const name of SECTIONS) {
    placed[name] = [offset, sections[name].length];
    offset = align(offset + sections[name].length);
  }
  const meta: SnapshotMeta = {
    articles: metaArticles,
    passageTexts: unslicedTexts,
    dictionary,
    passageTermCount: terms.dictionary.length,
    miniSearch: ms.state,
    aliases: [...index.aliases].map(([id, terms]) => [id, [...terms]]),
    suggestions: suggestions && {
      key: suggestions.key,
      texts: suggestions.list.map((s) => s.text),
      scores: suggestions.list.map((s) => s.score),
    },
    sections: placed,
  };
  const metaBytes = Buffer.from(JSON.stringify(meta), "utf8");
  const binaryStart = align(4 + metaBytes.length);
  const body = Buffer.alloc(binaryStart + offset);
  body.writeUInt32LE(metaBytes.length, 0);
  metaBytes.copy(body, 4);
  for (const name of SECTIONS) body.set(sections[name], binaryStart + placed[name][0]);
  return body;
}

/** Reads a body back; throws on anything inconsistent (the caller treats that as corrupt). */
export function decodeBody(body: Buffer): SnapshotContents {
  const metaBytes = body.readUInt32LE(0);
  const meta = JSON.parse(body.toString("utf8", 4, 4 + metaBytes)) as SnapshotMeta;
  const binaryStart = align(4 + metaBytes);
  const section = (name: SectionName): Buffer => {
    const [offset, bytes] = meta.sections[name];
    const start = binaryStart + offset;
    if (offset % 4 !== 0 || start + bytes > body.length) throw new Error(`bad section ${name}`);
    return body.subarray(start, start + bytes);
  };
  // Copied out of the file's buffer, so the file is not held in memory as long as the index.
  const uint32 = (name: SectionName) => copyInts(section(name), Uint32Array);
  const int32 = (name: SectionName) => copyInts(section(name), Int32Array);

  const articles: Article[] = [];
  const text = section("text");
  let at = 0;
  for (const { paragraphLengths, textBytes, encoding, ...rest } of meta.articles) {
    if (at + textBytes > text.length || (encoding !== "latin1" && encoding !== "utf16le")) {
      throw new Error("article text out of range");
    }
    const whole = text.toString(encoding, at, at + textBytes);
    at += textBytes;
    const paragraphs: string[] = [];
    let from = 0;
    for (const length of paragraphLengths) {
      paragraphs.push(whole.slice(from, from + length));
      from += length;
    }
    if (from !== whole.length) throw new Error("article text does not match");
    articles.push({ ...rest, paragraphs });
  }

  const passages = passagesFromColumns(int32("passages"), articles, meta.passageTexts);
  const passageTerms = PassageTerms.fromBinary(
    meta.dictionary.slice(0, meta.passageTermCount),
    uint32("termOffsets"),
    uint32("termIds"),
  );
  if (passageTerms.size !== passages.length) throw new Error("passage terms do not match");
  const index: PassageIndex = {
    articles: new Map(articles.map((article) => [article.id, article])),
    passages,
    miniSearch: miniSearchFromArrays(
      {
        state: meta.miniSearch,
        terms: uint32("msTerms"),
        offsets: uint32("msOffsets"),
        docs: uint32("msDocs"),
        freqs: uint32("msFreqs"),
        shortIds: uint32("msShortIds"),
        docIds: uint32("msDocIds"),
        fieldLengths: uint32("msFieldLengths"),
      },
      meta.dictionary,
    ),
    passageTerms,
    aliases: new Map(meta.aliases),
    documentFrequency: documentFrequencies(
      meta.dictionary,
      meta.passageTermCount,
      uint32("termCounts"),
    ),
  };
  const saved = meta.suggestions;
  const suggestions = saved && {
    key: saved.key,
    list: saved.texts.map((text, i) => ({ text, score: saved.scores[i] ?? 0 })),
  };
  return { index, suggestions };
}

/** Term → passages holding it, as `PassageTerms.documentFrequencies` gave it at save. */
function documentFrequencies(
  dictionary: readonly string[],
  terms: number,
  counts: Uint32Array,
): Map<string, number> {
  if (counts.length !== terms) throw new Error("term counts do not match");
  const frequencies = new Map<string, number>();
  for (let id = 0; id < terms; id++) frequencies.set(dictionary[id] ?? "", counts[id] ?? 0);
  return frequencies;
}

function copyInts<T extends Uint32Array | Int32Array>(
  bytes: Buffer,
  Type: { new (buffer: ArrayBuffer): T },
): T {
  if (bytes.length % 4 !== 0) throw new Error("bad section length");
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return new Type(copy);
}

function bytesOf(array: Uint32Array | Int32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** Sections start at 4-byte offsets, so their arrays can be viewed without copying. */
function align(offset: number): number {
  return (offset + 3) & ~3;
}
