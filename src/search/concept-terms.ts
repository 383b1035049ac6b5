import type { WordClass } from "../text/parts-of-speech.js";
import { isArticleTerm } from "./article-terms.js";
import { conceptImportance, WEAK_IMPORTANCE } from "./concept-importance.js";
import type { PassageIndex } from "./passage-index.js";
import type { Concept, PlannedTerm, TermKind } from "./query-plan.js";
import { isSelective } from "./selective-terms.js";
import { fuzzyDistance } from "./typos.js";

/*
 * Making one idea of a question: its terms, each weighed by how it relates to the user's own
 * words, and how much the idea counts towards "the corpus answers this".
 */

/** Weights of each kind of term, relative to the user's own word. */
export const TERM_WEIGHT: Readonly<Record<TermKind, number>> = {
  own: 1,
  part: 0.6,
  expansion: 0.55,
  cue: 0.2,
};

/** An idea of the question; `classify` is asked its word class only if the corpus lacks it. */
export function concept(
  surface: string,
  ownTerms: readonly string[],
  expansions: readonly string[],
  index: PassageIndex,
  classify: "weak" | (() => WordClass),
  whole = ownTerms.length === 1 ? ownTerms[0] : undefined,
): Concept {
  const terms: PlannedTerm[] = [];
  const seen = new Set<string>();
  for (const term of ownTerms) {
    if (seen.has(term)) continue;
    seen.add(term);
    // "prepare the ground" ~ "prepare": a word of a phrase that is its synonym stands for all of it.
    const kind =
      whole === undefined || term === whole || expansions.includes(term) ? "own" : "part";
    terms.push(planned(term, kind, fuzzyDistance(term, index)));
  }
  for (const term of expansions) {
    if (seen.has(term) || !isSelective(term, "expansion", index)) continue;
    seen.add(term);
    terms.push(planned(term, "expansion", 0));
  }
  const known = terms.some((t) => holds(index, t.term));
  const weak = classify === "weak";
  const wordClass = weak ? "weak" : known ? "other" : classify();
  const importance = conceptImportance(
    {
      ownTerms,
      expansions: terms.filter((t) => t.kind === "expansion").map((t) => t.term),
      inCorpus: known,
      wordClass,
    },
    index,
  );
  // A weak word still matches, but its score counts as little as its coverage does.
  const weighted = weak
    ? terms.map((term) => ({ ...term, weight: term.weight * WEAK_IMPORTANCE }))
    : terms;
  return { surface, terms: weighted, importance, weak, wordClass, inCorpus: known };
}

/** Whether the corpus holds a term: in a sentence, or in an article's front matter. */
function holds(index: PassageIndex, term: string): boolean {
  // An outlet or a month the front matter gives is in the corpus, though no sentence says it.
  return index.documentFrequency.has(term) || isArticleTerm(index, term);
}

export function planned(term: string, kind: TermKind, fuzzy: number): PlannedTerm {
  return { term, kind, weight: TERM_WEIGHT[kind], fuzzy };
}
