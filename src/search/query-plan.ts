import { analyzeTokens } from "../text/analyze.js";
import { isOneEditFromAny } from "../text/edit-distance.js";
import { englishRarity } from "../text/english-rarity.js";
import { foldText } from "../text/fold.js";
import { STOPWORDS, WEAK_WORDS } from "../text/lexicon.js";
import { analyzedSynonyms, answerTypeCue } from "./expansions.js";
import { inverseDocumentFrequency, type PassageIndex } from "./passage-index.js";

/** How a searched term relates to the user's words; it sets how much a match is worth. */
export type TermKind = "own" | "part" | "expansion" | "cue";

export interface PlannedTerm {
  term: string;
  kind: TermKind;
  /** Multiplies the term's BM25 score. */
  weight: number;
  /** Edit distance allowed, for words the corpus does not contain (likely typos). */
  fuzzy: number;
}

/** One idea of the question: a word or phrase the user wrote, with the terms that stand for it. */
export interface Concept {
  /** The user's words, as written. */
  surface: string;
  terms: PlannedTerm[];
  /** How much finding this concept counts towards "the corpus answers this" (rarer = more). */
  importance: number;
  weak: boolean;
}

export interface QueryPlan {
  concepts: Concept[];
  /** Light answer-type hints; they raise scores but never count towards coverage. */
  cues: PlannedTerm[];
  /** The question asks for a count or an age: a passage without a number cannot answer. */
  needsNumber: boolean;
}

/** Weights of each kind of term, relative to the user's own word. */
export const TERM_WEIGHT: Readonly<Record<TermKind, number>> = {
  own: 1,
  part: 0.6,
  expansion: 0.55,
  cue: 0.2,
};
const WEAK_IMPORTANCE = 0.25;

/**
 * Turns a question into concepts to search for.
 *
 * @example
 * planQuery("What did the Russian president threaten?", index).concepts.map((c) => c.surface)
 * // → ["Russian president", "threaten"]   (the phrase expands to putin, kremlin, …)
 */
export function planQuery(question: string, index: PassageIndex): QueryPlan {
  const folded = foldText(question);
  const cue = answerTypeCue(folded);
  const tokens = analyzeTokens(folded).filter(
    (token) =>
      token.terms.length > 0 &&
      !isStopwordTypo(token, index) &&
      !cue.spans.some((span) => token.start >= span.start && token.end <= span.end),
  );
  const { byTerm, byPhrase, longestPhrase } = analyzedSynonyms();
  const concepts: Concept[] = [];

  for (let i = 0; i < tokens.length; ) {
    const phrase = longestPhraseAt(tokens, i, longestPhrase, byPhrase);
    if (phrase) {
      const own = phrase.tokens.flatMap((token) => token.terms);
      const surface = phrase.tokens.map((token) => token.surface).join(" ");
      concepts.push(concept(surface, own, phrase.expansions, index, false));
      i += phrase.tokens.length;
      continue;
    }
    const token = tokens[i++];
    if (!token) break;
    const whole = token.terms[token.terms.length - 1] ?? "";
    const expansions = token.terms.flatMap((term) => byTerm.get(term) ?? []);
    const weak = token.terms.length === 1 && WEAK_WORDS.has(token.surface.toLowerCase());
    concepts.push(concept(token.surface, token.terms, expansions, index, weak, whole));
  }

  const cues = cue.terms
    .filter((term) => index.documentFrequency.has(term))
    .map((term) => planned(term, "cue", 0));
  return { concepts: mergeDuplicates(concepts), cues, needsNumber: cue.needsNumber };
}

function concept(
  surface: string,
  ownTerms: readonly string[],
  expansions: readonly string[],
  index: PassageIndex,
  weak: boolean,
  whole = ownTerms.length === 1 ? ownTerms[0] : undefined,
): Concept {
  const terms: PlannedTerm[] = [];
  const seen = new Set<string>();
  for (const term of ownTerms) {
    if (seen.has(term)) continue;
    seen.add(term);
    const kind = whole === undefined || term === whole ? "own" : "part";
    terms.push(planned(term, kind, fuzzyDistance(term, index)));
  }
  for (const term of expansions) {
    if (seen.has(term) || !index.documentFrequency.has(term)) continue;
    seen.add(term);
    terms.push(planned(term, "expansion", 0));
  }
  const importance = Math.max(...ownTerms.map((term) => termImportance(index, term)));
  return { surface, terms, importance: weak ? importance * WEAK_IMPORTANCE : importance, weak };
}

/**
 * A word's weight in deciding whether the corpus answers: its rarity in the corpus or, for a
 * word the corpus lacks, its rarity in English (missing "Zelensky" matters, missing "side" less).
 */
function termImportance(index: PassageIndex, term: string): number {
  const idf = inverseDocumentFrequency(index, term);
  return index.documentFrequency.has(term) ? idf : idf * englishRarity(term);
}

/** "teh", "waht": a short word the corpus lacks, one slip from a stopword, is that stopword. */
function isStopwordTypo(token: { surface: string; terms: string[] }, index: PassageIndex): boolean {
  const word = token.surface.toLowerCase();
  return (
    word.length <= 5 &&
    token.terms.every((term) => !index.documentFrequency.has(term)) &&
    isOneEditFromAny(word, STOPWORDS)
  );
}

function planned(term: string, kind: TermKind, fuzzy: number): PlannedTerm {
  return { term, kind, weight: TERM_WEIGHT[kind], fuzzy };
}

/** Only words the corpus lacks are matched fuzzily: it is where typos show, and it is cheap. */
function fuzzyDistance(term: string, index: PassageIndex): number {
  if (index.documentFrequency.has(term) || /\d/.test(term)) return 0;
  if (term.length >= 8) return 2;
  return term.length >= 4 ? 1 : 0;
}

function longestPhraseAt(
  tokens: ReadonlyArray<{ terms: string[]; surface: string }>,
  start: number,
  longest: number,
  byPhrase: ReadonlyMap<string, readonly string[]>,
) {
  for (let length = Math.min(longest, tokens.length - start); length >= 2; length--) {
    const slice = tokens.slice(start, start + length);
    const expansions = byPhrase.get(slice.flatMap((token) => token.terms).join(" "));
    if (expansions) return { tokens: slice, expansions };
  }
  return undefined;
}

/** "Putin … Putin" is one idea, not two: repeating a word must not double its weight. */
function mergeDuplicates(concepts: Concept[]): Concept[] {
  const bySignature = new Map<string, Concept>();
  for (const c of concepts) {
    const signature = c.terms
      .filter((t) => t.kind !== "expansion")
      .map((t) => t.term)
      .join(" ");
    if (!bySignature.has(signature)) bySignature.set(signature, c);
  }
  return [...bySignature.values()];
}
