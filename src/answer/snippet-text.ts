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
 * elsewhere already). Overlong text is cut to keep the most matched words in view.
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
  // Joined by the sentence that lists what it announced, a sentence is kept whole from its
  // start, and the list is cut short: "Biden laid out two paths… One is…".
  let keepStart = false;
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
      keepStart = passage.text.length < MAX_SNIPPET_LENGTH;
      break;
    }
  }
  const highlights = highlightsIn(text, searchedTerms);
  const quotedText =
    text.length <= MAX_SNIPPET_LENGTH
      ? { text, highlights }
      : cutAround(text, highlights, MAX_SNIPPET_LENGTH, keepStart);
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
 * Cuts `text` to `max` characters at word boundaries, keeping in view as many of the matched
 * words as fit, and marks each cut with an ellipsis. Highlights are shifted to the new text.
 * Of windows that hold as many, the one repeating them more ("two paths, two aspects"), then
 * the one nearest the text's end wins: a long sentence often opens on a clause that sets the
 * scene ("While this call took place at Russia's request, …") and ends on what it reports
 * ("… for upcoming security negotiations"). With `keepStart`, the text is cut at its end only.
 */
export function cutAround(
  text: string,
  highlights: Highlight[],
  max: number,
  keepStart = false,
): SnippetText {
  let start = keepStart ? 0 : windowStart(text, highlights, max);
  if (start > 0) start = wordStartAtOrAfter(text, start);
  // Room for the text itself: the opening ellipsis, if any, and a closing one unless the
  // rest of the text fits.
  const room = max - (start > 0 ? ELLIPSIS.length : 0);
  let end = start + room >= text.length ? text.length : start + room - ELLIPSIS.length;
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

/** The longest word a cut at a word boundary may drop from the end of a window. */
const WORD_SLACK = 16;

/** Where a window of `max` characters starts that holds the most different matched words. */
function windowStart(text: string, highlights: readonly Highlight[], max: number): number {
  // The latest start whose window, after the opening ellipsis, runs to the end of the text.
  const latest = Math.max(0, text.length - max + ELLIPSIS.length);
  const wordsWithin = (start: number) => {
    // The ellipses, and a cut moved back to a word boundary, take characters off the window.
    const reach = start + max - (start > 0 ? ELLIPSIS.length : 0);
    const end = reach >= text.length ? text.length : reach - ELLIPSIS.length - WORD_SLACK;
    const words = highlights
      .filter((h) => h.start >= start && h.end <= end)
      .map((h) => text.slice(h.start, h.end).toLowerCase());
    // Different words first; among windows with as many, the one repeating them more.
    return new Set(words).size + words.length / (highlights.length + 1);
  };
  let best = latest;
  let most = wordsWithin(latest);
  for (const start of highlights.map((h) => Math.min(h.start, latest))) {
    const count = wordsWithin(start);
    if (count > most || (count === most && start > best)) [best, most] = [start, count];
  }
  return best;
}

function wordStartAtOrAfter(text: string, index: number): number {
  // A word that opens on a quote mark ("laid) starts where its first letter does.
  if (/[\p{L}\p{N}]/u.test(text[index] ?? "") && !/[\p{L}\p{N}]/u.test(text[index - 1] ?? "")) {
    return index;
  }
  const match = /\s\S/.exec(text.slice(index - 1));
  return match ? index - 1 + match.index + 1 : index;
}

function wordEndAtOrBefore(text: string, index: number, floor: number): number {
  const cut = text.lastIndexOf(" ", index);
  return cut > floor ? cut : index;
}
