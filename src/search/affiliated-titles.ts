import type { Query } from "minisearch";
import { type AnalyzedToken, analyze, analyzeTokens } from "../text/analyze.js";
import { foldText } from "../text/fold.js";
import { isPersonTitle, SYNONYM_GROUPS } from "../text/lexicon.js";
import { escapeRegExp } from "../text/regexp-escape.js";
import type { PassageIndex } from "./passage-index.js";
import type { Concept } from "./query-plan.js";

/**
 * Words a title may stand from its affiliation in a sentence: "White House press secretary
 * Jen Psaki" (Psaki is four words from "House"), "officials from Washington and Moscow".
 */
const AFFILIATION_REACH = 4;
/** Candidates read for an affiliated title; the best-ranked hold it if any does. */
const CANDIDATES_READ = 50;
/** Punctuation that ends a phrase: "the Ukrainian government, the official said". */
const PHRASE_BREAK = /[,;:()]/;

/** Synonym-group hops an affiliation is widened by: "US" → "Washington" → "White House". */
const AFFILIATION_HOPS = 2;

/**
 * A person the question names by title and affiliation ("the Kremlin spokesman", "the
 * Ukrainian president") whom no sentence of the corpus names so: the affiliation, a name
 * the corpus writes with a capital, never stands within a few words of the title or any
 * synonym of it. The corpus may hold both words apart ("Ukraine", "President Biden") and
 * still not speak of that person. A title the corpus lacks altogether is caught as a missing
 * name already; this catches the titles it holds for someone else.
 *
 * @example
 * const question = "What did the Kremlin spokesman say?";
 * unaffiliatedTitles(question, planQuery(question, index).concepts, index);
 * // → ["kremlin spokesman"]   (the corpus's spokeswoman is the White House's)
 */
export function unaffiliatedTitles(
  question: string,
  concepts: readonly Concept[],
  index: PassageIndex,
): string[] {
  const folded = foldText(question).toLowerCase();
  const missing: string[] = [];
  for (const [i, title] of concepts.entries()) {
    const affiliation = concepts[i - 1];
    if (!affiliation || affiliation.weak || !namesTitle(title)) continue;
    const pair = `${affiliation.surface} ${title.surface}`.toLowerCase();
    if (!new RegExp(`\\b${escapeRegExp(pair)}\\b`).test(folded)) continue;
    const affiliationTerms = widened(affiliation.terms.map((t) => t.term));
    const titleTerms = new Set(title.terms.map((t) => t.term));
    // Only an affiliation the corpus writes as a name: "senior" or "top" officials are ranks.
    const ownTerms = new Set(
      affiliation.terms.filter((t) => t.kind !== "expansion").map((t) => t.term),
    );
    if (!writtenAsName(ownTerms, index)) continue;
    const held = holding(index, affiliationTerms, titleTerms).some((id) => {
      const text = foldText(index.passages[id]?.text ?? "");
      return standNear(text, analyzeTokens(text), affiliationTerms, titleTerms);
    });
    if (!held) missing.push(pair);
  }
  return missing;
}

interface GroupTerms {
  /** Term → the single-word entries of every group holding it. */
  words: Map<string, Set<string>>;
  /** Term → the words of the phrase entries of those groups ("white house"). */
  phraseWords: Map<string, Set<string>>;
}

let groupTerms: GroupTerms | undefined;

/**
 * The terms and every term of each synonym group holding them, over `AFFILIATION_HOPS` hops
 * through single words, then the words of those groups' phrases. An affiliation has many
 * names: the "US official" of a question is the corpus's "Biden administration official", by
 * way of Washington, and the "president's spokeswoman" is the "White House press secretary".
 * A phrase's words do not hop: "Russian president" would lead from the Kremlin to Biden.
 */
function widened(terms: readonly string[]): Set<string> {
  groupTerms ??= termsByGroup();
  const { words, phraseWords } = groupTerms;
  const reached = new Set(terms);
  let frontier = [...reached];
  for (let hop = 0; hop < AFFILIATION_HOPS; hop++) {
    frontier = frontier
      .flatMap((term) => [...(words.get(term) ?? [])])
      .filter((other) => {
        if (reached.has(other)) return false;
        reached.add(other);
        return true;
      });
  }
  const all = new Set(reached);
  for (const term of reached) for (const word of phraseWords.get(term) ?? []) all.add(word);
  return all;
}

function termsByGroup(): GroupTerms {
  const words = new Map<string, Set<string>>();
  const phraseWords = new Map<string, Set<string>>();
  const addAll = (map: Map<string, Set<string>>, key: string, values: readonly string[]) => {
    const set = map.get(key) ?? new Set<string>();
    for (const value of values) set.add(value);
    map.set(key, set);
  };
  for (const group of SYNONYM_GROUPS) {
    // A stopword entry ("us") stands for itself, as a question's acronym does; the query
    // planner's synonym map (`analyzedSynonyms`) marks it as no word's own, so it is not reused.
    const entries = group.map((entry) => {
      const analyzed = analyze(entry);
      return analyzed.length > 0 ? analyzed : [entry.toLowerCase()];
    });
    const singles = entries.filter((terms) => terms.length === 1).flat();
    const inPhrases = entries.filter((terms) => terms.length > 1).flat();
    for (const term of singles) {
      addAll(words, term, singles);
      addAll(phraseWords, term, inPhrases);
    }
  }
  return { words, phraseWords };
}

/** The best passages holding a term of each set, by MiniSearch's own score. */
function holding(index: PassageIndex, ...termSets: ReadonlyArray<ReadonlySet<string>>): number[] {
  const query: Query = {
    combineWith: "AND",
    queries: termSets.map((terms) => ({ combineWith: "OR", queries: [...terms] })),
  };
  return index.miniSearch
    .search(query, { tokenize: (text) => [text], processTerm: (term) => term })
    .slice(0, CANDIDATES_READ)
    .map((result) => result.id as number);
}

/** Whether the corpus writes the terms with a capital, other than to open a sentence. */
function writtenAsName(terms: ReadonlySet<string>, index: PassageIndex): boolean {
  return holding(index, terms).some((id) =>
    analyzeTokens(foldText(index.passages[id]?.text ?? "")).some(
      (token, at) => at > 0 && /^\p{Lu}/u.test(token.surface) && hasAny(token, terms),
    ),
  );
}

/**
 * An idea with a word that names a person by role: "the national security adviser". A title
 * word the tagger reads as modifying another ("the white house's general stance") names no one.
 */
export function namesPersonByTitle(concept: Pick<Concept, "surface" | "wordClass">): boolean {
  return concept.wordClass !== "modifier" && concept.surface.split(/\s+/).some(isPersonTitle);
}

/** A one-word idea that names a person by role: "spokesman", "officials". */
function namesTitle(concept: Pick<Concept, "surface" | "wordClass">): boolean {
  return !/\s/.test(concept.surface) && namesPersonByTitle(concept);
}

function standNear(
  text: string,
  tokens: readonly AnalyzedToken[],
  affiliationTerms: ReadonlySet<string>,
  titleTerms: ReadonlySet<string>,
): boolean {
  const content = tokens.filter((token) => token.terms.length > 0);
  return content.some(
    (token, at) =>
      hasAny(token, titleTerms) &&
      content
        .slice(Math.max(0, at - AFFILIATION_REACH), at + AFFILIATION_REACH + 1)
        .some(
          (other) =>
            hasAny(other, affiliationTerms) &&
            !PHRASE_BREAK.test(
              text.slice(Math.min(token.end, other.end), Math.max(token.start, other.start)),
            ),
        ),
  );
}

function hasAny(token: AnalyzedToken, terms: ReadonlySet<string>): boolean {
  return token.terms.some((term) => terms.has(term));
}
