import { createRequire } from "node:module";
import type { Article } from "./article.js";
import { CorpusError } from "./corpus-error.js";
import { markdownToParagraphs } from "./markdown-body.js";

/**
 * The YAML parser, loaded on first use: a start that finds its index snapshot reads the
 * corpus files only to check they are unchanged, and never parses them (about 70 ms saved).
 */
let yaml: typeof import("yaml") | undefined;

function yamlParser(): typeof import("yaml") {
  yaml ??= createRequire(import.meta.url)("yaml") as typeof import("yaml");
  return yaml;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const ARTICLE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KNOWN_KEYS = new Set(["id", "title", "outlet", "author", "published", "url"]);

type Scalar = string | number | boolean | null;

/**
 * Parses one corpus file: YAML front matter between `---` lines, then a Markdown body.
 *
 * @example
 * parseArticle("a.md", "---\nid: a\ntitle: A\n---\nFirst paragraph.\n\nSecond.")
 * // → { id: "a", title: "A", outlet: null, paragraphs: ["First paragraph.", "Second."], … }
 * @throws CorpusError naming the file and the problem.
 */
export function parseArticle(file: string, text: string): Article {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    throw new CorpusError(file, "missing front matter: start the file with a '---' block");
  }
  const fields = parseFrontMatter(file, match[1] ?? "");
  const paragraphs = markdownToParagraphs(text.slice(match[0].length));
  if (paragraphs.length === 0) throw new CorpusError(file, "the article body is empty");

  const extra: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!KNOWN_KEYS.has(key)) extra[key] = scalar(file, key, value);
  }
  return {
    id: requiredString(file, fields, "id", ARTICLE_ID, "lower-case letters, digits and dashes"),
    title: requiredString(file, fields, "title"),
    outlet: optionalString(file, fields, "outlet"),
    author: optionalString(file, fields, "author"),
    published: optionalDate(file, fields, "published"),
    url: optionalString(file, fields, "url") ?? "",
    extra,
    paragraphs,
    file,
  };
}

function parseFrontMatter(file: string, yamlText: string): Record<string, unknown> {
  let data: unknown;
  try {
    // The core schema keeps dates as strings, so "2021-12-31" is validated here, not coerced.
    data = yamlParser().parse(yamlText, { schema: "core", uniqueKeys: true });
  } catch (error) {
    const reason =
      error instanceof yamlParser().YAMLParseError ? error.message.split("\n")[0] : String(error);
    throw new CorpusError(file, `front matter is not valid YAML (${reason})`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new CorpusError(file, "front matter must be a set of 'key: value' lines");
  }
  return data as Record<string, unknown>;
}

function requiredString(
  file: string,
  fields: Record<string, unknown>,
  key: string,
  pattern?: RegExp,
  patternHelp?: string,
): string {
  const value = optionalString(file, fields, key);
  if (value === null || value === "") {
    throw new CorpusError(file, `front matter needs '${key}'`);
  }
  if (pattern && !pattern.test(value)) {
    throw new CorpusError(file, `'${key}' must be ${patternHelp} (got "${value}")`);
  }
  return value;
}

function optionalString(file: string, fields: Record<string, unknown>, key: string) {
  const value = fields[key];
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") throw new CorpusError(file, `'${key}' must be text`);
  return value.trim();
}

function optionalDate(file: string, fields: Record<string, unknown>, key: string) {
  const value = optionalString(file, fields, key);
  if (value === null || value === "") return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  if (
    !ISO_DATE.test(value) ||
    Number.isNaN(time) ||
    !new Date(time).toISOString().startsWith(value)
  ) {
    throw new CorpusError(file, `'${key}' must be a date like 2021-12-31 (got "${value}")`);
  }
  return value;
}

function scalar(file: string, key: string, value: unknown): Scalar {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) {
    return value as Scalar;
  }
  throw new CorpusError(file, `'${key}' must be a single value, not a list or a map`);
}
