import { citationLabel } from "../../answer/answer.js";
import type { Citation, Highlight, Snippet } from "../../answer/answer-types.js";
import { escapeDiscordText } from "./escape.js";
import { truncate } from "./limits.js";

/** Longest link a source line keeps; a longer one is left out rather than cut (and broken). */
const MAX_LINK_LENGTH = 512;

/**
 * Numbers each distinct source (article and paragraph) the first time it is cited, so "[2]"
 * means one place throughout an answer.
 */
export class SourceMarkers {
  private readonly numbers = new Map<string, { n: number; citation: Citation }>();

  /** The marker number of `citation`, numbering it if it is new. */
  number(citation: Citation): number {
    const key = `${citation.articleId}\u0000${citation.paragraph}`;
    let entry = this.numbers.get(key);
    if (!entry) {
      entry = { n: this.numbers.size + 1, citation };
      this.numbers.set(key, entry);
    }
    return entry.n;
  }

  /** The distinct marker numbers of a snippet and every source that corroborates it. */
  forSnippet(snippet: Snippet): number[] {
    return [...new Set([snippet, ...snippet.corroboratedBy].map((c) => this.number(c)))];
  }

  citationOf(n: number): Citation | undefined {
    for (const entry of this.numbers.values()) if (entry.n === n) return entry.citation;
    return undefined;
  }
}

/**
 * A snippet's text, escaped, with its highlighted words in bold.
 *
 * @example
 * emphasize({ text: "Putin warned", highlights: [{ start: 0, end: 5 }] }); // "**Putin** warned"
 */
export function emphasize(snippet: Pick<Snippet, "text" | "highlights">): string {
  let out = "";
  let at = 0;
  for (const { start, end } of mergeHighlights(snippet.highlights, snippet.text.length)) {
    out += escapeDiscordText(snippet.text.slice(at, start));
    out += `**${escapeDiscordText(snippet.text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeDiscordText(snippet.text.slice(at));
}

/** Sorted, in-bounds, non-empty ranges; touching or overlapping ones merged so `**` never abuts. */
function mergeHighlights(highlights: readonly Highlight[], length: number): Highlight[] {
  const sorted = highlights
    .map((h) => ({ start: Math.max(0, h.start), end: Math.min(length, h.end) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start);
  const merged: Highlight[] = [];
  for (const h of sorted) {
    const last = merged[merged.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else merged.push({ ...h });
  }
  return merged;
}

/** "[1] [3]" */
export function markerText(numbers: readonly number[]): string {
  return numbers.map((n) => `[${n}]`).join(" ");
}

/**
 * A source as one line: marker, title (linked when it has a usable url), outlet and paragraph.
 *
 * @example
 * sourceLine(1, citation, 120); // "[1] [Biden and Putin …](https://…) — TURAN, ¶3"
 */
export function sourceLine(n: number, citation: Citation, maxTitle: number): string {
  return `[${n}] ${titleLink(citation.title, citation.url, maxTitle)} — ${escapeDiscordText(citationLabel(citation))}`;
}

/** An escaped, shortened title, as a masked link when `url` is a usable http(s) link. */
export function titleLink(title: string, url: string, maxTitle: number): string {
  const text =
    truncate(escapeDiscordText(title.replace(/\s+/g, " ").trim()), maxTitle) || "Untitled";
  const link = safeLink(url);
  return link ? `[${text}](${link})` : text;
}

/**
 * `url` ready for a masked link, or `null` when it is empty, not http(s) or too long. Characters
 * that would end the link early are percent-encoded.
 */
export function safeLink(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LINK_LENGTH) return null;
  if (!/^https?:\/\/[^\s/]/i.test(trimmed)) return null;
  return trimmed.replace(/[()<>\\[\]\s]/g, (c) =>
    c.charCodeAt(0) < 0x80
      ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
      : encodeURIComponent(c),
  );
}
