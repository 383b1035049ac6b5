import { articleTerms } from "./article-terms.js";
import type { Hit } from "./candidates.js";
import { inverseDocumentFrequency, type PassageIndex } from "./passage-index.js";
import type { Concept, PlannedTerm, QueryPlan } from "./query-plan.js";

/*
 * What each of a question's concepts earns in a passage: in full by the passage's own words or
 * a curated synonym, in part by a fuzzy match, a title, or a word beside the passage.
 */

/** How much a concept counts when found only next to the passage. */
export const CONTEXT_CREDIT = 0.5;
/**
 * How much a concept counts when found by each kind of term. A curated synonym names the same
 * idea, so it covers it fully; it still scores less than the user's own word (`TERM_WEIGHT`).
 * At 0.7, a question in other words than the article's looked only partly answered: on the
 * 240 questions of the open sets, 15 were refused that the articles answer; at 1, 9.
 * `part` is for one part of a hyphenated word ("sanctions-wise"); a phrase's words, found
 * together, are the phrase itself and count as the user's own word ("head of state" would
 * otherwise count less than its synonym "leader").
 */
const CREDIT: Readonly<Record<PlannedTerm["kind"], number>> = {
  own: 1,
  part: 0.8,
  expansion: 1,
  cue: 0,
};
const FUZZY_CREDIT = 0.8;
/** A person the sentence names by a title ("his Russian counterpart"), not by name. */
export const TITLE_CREDIT = 0.8;

/**
 * Whether the sentence before or after a passage holds a term, or its article's outlet,
 * author or dates do; and how rare a term is.
 */
export interface NeighbourLookup {
  /** Whether the sentence before or after a passage holds a term. */
  holds(passageId: number, term: string): boolean;
  /** Whether the passage's article's outlet, author or dates hold a term. */
  aboutArticle(passageId: number, term: string): boolean;
  /** Whether a passage itself holds a term. */
  heldIn(passageId: number, term: string): boolean;
  idf(term: string): number;
}

export function neighbourLookup(index: PassageIndex, plan: QueryPlan): NeighbourLookup {
  const aboutArticles = articleTerms(index);
  const termIds = new Map<string, number | undefined>();
  for (const term of plan.concepts.flatMap((c) => c.terms)) {
    termIds.set(term.term, index.passageTerms.idOf(term.term));
  }
  return {
    holds(passageId, term) {
      const passage = index.passages[passageId];
      if (!passage) return false;
      const id = termIds.get(term);
      if (id === undefined) return false;
      const { prev, next } = passage;
      return (
        (prev !== null && index.passageTerms.has(prev, id)) ||
        (next !== null && index.passageTerms.has(next, id))
      );
    },
    aboutArticle(passageId, term) {
      const passage = index.passages[passageId];
      return passage !== undefined && aboutArticles.get(passage.articleId)?.has(term) === true;
    },
    heldIn(passageId, term) {
      const id = termIds.get(term);
      return id !== undefined && index.passageTerms.has(passageId, id);
    },
    idf: (term) => inverseDocumentFrequency(index, term),
  };
}

/**
 * The best credit any of a concept's terms earns in this result (0 when none matched). A term
 * the sentence lacks but a neighbour holds earns part: it is often the same thing by another
 * name ("his Russian counterpart", "the Kremlin leader"). The sentence a passage points back
 * to is part of what it says, and earns in full; so do its article's outlet, author and dates,
 * which every sentence of it is about ("the turan one says biden asked putin to…"). A word
 * of the passage that already answered another idea (`spent`) is passed over for the idea's
 * next, and earns nothing beside the passage either: it is this sentence's word, counted.
 */
export function credit(
  concept: Concept,
  hit: Hit,
  namedByTitle: readonly string[],
  neighbours: NeighbourLookup,
  passageId: number,
  pointedTo: number | null,
  spent: (term: string) => boolean = () => false,
): Credit {
  let best: Credit = { value: 0 };
  const parts = phraseParts(concept);
  const wholePhrase = parts.every((part) => hit.queryTerms.includes(part));
  for (const term of concept.terms) {
    if (spent(term.term) && hit.queryTerms.includes(term.term)) continue;
    if (hit.queryTerms.includes(term.term) && (term.kind !== "part" || wholePhrase)) {
      const kindCredit = term.kind === "part" && parts.length > 0 ? CREDIT.own : CREDIT[term.kind];
      const value = kindCredit * (hit.exact.has(term.term) ? 1 : FUZZY_CREDIT);
      if (value > best.value) best = { value, by: term.term };
    } else if (namedByTitle.includes(term.term)) {
      const value = CREDIT[term.kind] * TITLE_CREDIT;
      if (value > best.value) best = { value, byTitle: term };
    } else if (
      pointedTo !== null &&
      CREDIT[term.kind] > best.value &&
      neighbours.heldIn(pointedTo, term.term)
    ) {
      best = { value: CREDIT[term.kind], beside: term, pointedBack: true };
    } else if (CREDIT[term.kind] > best.value && neighbours.aboutArticle(passageId, term.term)) {
      best = { value: CREDIT[term.kind], beside: term };
    } else if (
      CREDIT[term.kind] * CONTEXT_CREDIT > best.value &&
      neighbours.holds(passageId, term.term)
    ) {
      best = { value: CREDIT[term.kind] * CONTEXT_CREDIT, beside: term };
    }
  }
  return best;
}

const partsOf = new WeakMap<Concept, readonly string[]>();

/**
 * The words of a phrase, which count only together: "state" alone is no "head of state", and
 * may be "stated". A hyphenated word's parts ("sanctions-wise") each still count, so it has
 * none here. Read once per concept, not once per candidate passage.
 */
function phraseParts(concept: Concept): readonly string[] {
  let parts = partsOf.get(concept);
  if (!parts) {
    parts = /\s/.test(concept.surface)
      ? concept.terms.filter((term) => term.kind === "part").map((term) => term.term)
      : [];
    partsOf.set(concept, parts);
  }
  return parts;
}

/** What a concept earns in a passage, and how, when not by the passage's own words. */
export interface Credit {
  value: number;
  /** The passage's own term that earned it. */
  by?: string;
  /** The term found only beside the passage. */
  beside?: PlannedTerm;
  /** Found in the sentence the passage points back to ("And those costs…"). */
  pointedBack?: boolean;
  /** The term of a person the passage names by title. */
  byTitle?: PlannedTerm;
}
