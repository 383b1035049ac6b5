import { citationLabel } from "../answer/answer.js";
import type { Answer, Citation, Highlight, Snippet } from "../answer/answer-types.js";
import { outletLabel } from "../corpus/article.js";

export interface TerminalStyle {
  /** Bold the matched words with ANSI escapes (only when writing to a terminal). */
  color: boolean;
}

/**
 * Renders an answer as terminal text: numbered snippets, each citing "[n] Outlet, ¶p", then
 * the list of sources the numbers refer to.
 *
 * @example
 * renderAnswerText(answer("What did Putin threaten?", { index }), { color: false })
 * // 1. The Kremlin, in its turn, insisted … [1] TURAN, ¶3
 * //
 * // Sources
 * // [1] Biden and Putin exchange warnings in a "serious and substantive" call. TURAN, …
 */
export function renderAnswerText(answer: Answer, style: TerminalStyle): string {
  if (!answer.answered) return renderNotFound(answer);
  const sources = new SourceNumbers();
  const lines = answer.snippets.map((snippet, i) => {
    const cited = [snippet, ...snippet.corroboratedBy].map((c) => sources.cite(c)).join("; ");
    return `${i + 1}. ${emphasize(snippet, style)} ${cited}`;
  });
  return [...lines, "", "Sources", ...sources.list()].join("\n");
}

function renderNotFound(answer: Answer): string {
  const lines = [
    answer.refusal === "no-content-words"
      ? "That question has nothing to search for. Ask about a person, place or event in the articles."
      : "The articles don't cover that.",
  ];
  if (answer.suggestions?.length) {
    lines.push("", "You could ask:", ...answer.suggestions.map((s) => `  - ${s}`));
  }
  return lines.join("\n");
}

/** Numbers each article the first time it is cited, so "[1]" means one source throughout. */
class SourceNumbers {
  private readonly numbers = new Map<string, { n: number; citation: Citation }>();

  cite(citation: Citation): string {
    let entry = this.numbers.get(citation.articleId);
    if (!entry) {
      entry = { n: this.numbers.size + 1, citation };
      this.numbers.set(citation.articleId, entry);
    }
    return `[${entry.n}] ${citationLabel(citation)}`;
  }

  list(): string[] {
    return [...this.numbers.values()].map(({ n, citation }) => {
      const link = citation.url ? ` ${citation.url}` : "";
      const title = /[.!?]$/.test(citation.title) ? citation.title : `${citation.title}.`;
      return `[${n}] ${title} ${outletLabel(citation)}.${link}`;
    });
  }
}

function emphasize(snippet: Snippet, style: TerminalStyle): string {
  if (!style.color) return snippet.text;
  return applyHighlights(snippet.text, snippet.highlights, (word) => `\u001b[1m${word}\u001b[22m`);
}

/** Wraps each highlighted range of `text` with `wrap`; ranges are sorted and disjoint. */
export function applyHighlights(
  text: string,
  highlights: readonly Highlight[],
  wrap: (word: string) => string,
): string {
  let out = "";
  let at = 0;
  for (const { start, end } of highlights) {
    if (start < at) continue;
    out += text.slice(at, start) + wrap(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}
