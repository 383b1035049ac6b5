import type { Passage } from "../passages/passage.js";
import { analyzeTokens } from "../text/analyze.js";
import { type Highlight, MAX_SNIPPET_LENGTH } from "./answer-types.js";

const ELLIPSIS = "…";
/** A sentence shorter than this reads as a fragment alone, so its neighbour joins it. */
const SHORT_SENTENCE = 90;
/** How a sentence starts that lists what the one before announced: "One is…", "First,…". */
const ENUMERATION_OPENER = /^\W*(?:one\s+(?:is|was|would|will)|the\s+first\b|first(?:ly)?,)/i;

export interface SnippetText {
  text: string;
  highlights: Highlight[];
  /** The neighbour quoted beside the passage, if one joined it and was not cut short. */
  beside?: number;
}

/**
 * Quotes a passage as one or two sentences of at most `MAX_SNIPPET_LENGTH` characters: the
 * neighbour in the same paragraph joins when it holds a searched term the sentence lacks, or
 * when the sentence is too short to stand alone, unless it is among `quoted` (shown
 * elsewhere already). Overlong text is cut around the first match.
 */
export function snippetText(
  passage: Passage,
  passages: readonly Passage[],
  searchedTerms: ReadonlySet<string>,
  quoted: ReadonlySet<number> = new Set(),
): SnippetText {
  const ownMatches = matchedTermsIn(passage.text, searchedTerms);
  let text = passage.text;
  let beside: Passage | undefined;
  for (const id of [passage.next, passage.prev]) {
    const neighbour = id === null ? undefined : passages[id];
    if (!neighbour || neighbour.paragraph !== passage.paragraph || quoted.has(neighbour.id)) {
      continue;
    }
    const addsTerm = [...matchedTermsIn(neighbour.text, searchedTerms)].some(
      (term) => !ownMatches.has(term),
    );
    const joined = id === passage.next ? `${text} ${neighbour.text}` : `${neighbour.text} ${text}`;
    if ((addsTerm || passage.text.length < SHORT_SENTENCE) && joined.length <= MAX_SNIPPET_LENGTH) {
      text = joined;
      beside = neighbour;
      break;
    }
    // "He laid out two paths." says that there are two; the next sentence says which. Joined,
    // the snippet answers even if it must be cut short.
    if (id === passage.next && ENUMERATION_OPENER.test(neighbour.text)) {
      text = joined;
      beside = neighbour;
      break;
    }
  }
  const highlights = highlightsIn(text, searchedTerms);
  const quotedText =
    text.length <= MAX_SNIPPET_LENGTH
      ? { text, highlights }
      : cutAround(text, highlights, MAX_SNIPPET_LENGTH);
  // A neighbour cut short is not quoted whole: it may still be quoted on its own.
  return beside && quotedText.text.includes(beside.text)
    ? { ...quotedText, beside: beside.id }
    : quotedText;
}

/** Character ranges of the words whose index terms were searched for. */
export function highlightsIn(text: string, searchedTerms: ReadonlySet<string>): Highlight[] {
  return analyzeTokens(text)
    .filter((token) => token.terms.some((term) => searchedTerms.has(term)))
    .map((token) => ({ start: token.start, end: token.end }));
}

function matchedTermsIn(text: string, searchedTerms: ReadonlySet<string>): Set<string> {
  return new Set(
    analyzeTokens(text)
      .flatMap((token) => token.terms)
      .filter((term) => searchedTerms.has(term)),
  );
}

/**
 * Cuts `text` to `max` characters at word boundaries, keeping the first highlight in view,
 * and marks each cut with an ellipsis. Highlights are shifted to the new text.
 */
export function cutAround(text: string, highlights: Highlight[], max: number): SnippetText {
  const focus = highlights[0]?.start ?? 0;
  let start = Math.max(0, Math.min(focus - Math.floor(max / 4), text.length - max));
  if (start > 0) start = wordStartAtOrAfter(text, start);
  const budget = max - (start > 0 ? 1 : 0) - 1;
  let end = Math.min(text.length, start + budget);
  if (end < text.length) end = wordEndAtOrBefore(text, end, start);
  const body = text.slice(start, end);
  const prefix = start > 0 ? ELLIPSIS : "";
  const suffix = end < text.length ? ELLIPSIS : "";
  const shift = prefix.length - start;
  return {
    text: `${prefix}${body}${suffix}`,
    highlights: highlights
      .filter((h) => h.start >= start && h.end <= end)
      .map((h) => ({ start: h.start + shift, end: h.end + shift })),
  };
}

function wordStartAtOrAfter(text: string, index: number): number {
  const match = /\s\S/.exec(text.slice(index - 1));
  return match ? index - 1 + match.index + 1 : index;
}

function wordEndAtOrBefore(text: string, index: number, floor: number): number {
  const cut = text.lastIndexOf(" ", index);
  return cut > floor ? cut : index;
}
