import { analyzeTokens } from "../text/analyze.js";
import { holdsAnswerKind } from "./answer-kind-patterns.js";
import type { PassageIndex } from "./passage-index.js";
import type { QueryPlan } from "./query-plan.js";
import { weakWordTerms } from "./weak-words.js";

/**
 * What a count must qualify, as the corpus words it: "how many options", in articles that
 * never say "option", is answered by "two paths". "How many times" names nothing in
 * particular, so any count will do; "how many dollars", in articles that never say "dollar"
 * nor a synonym, by none of their numbers.
 */
export function countedAsCorpusWords(
  asked: readonly string[],
  byTerm: ReadonlyMap<string, readonly string[]>,
  index: PassageIndex,
): string[] {
  const counted: string[] = [];
  for (const term of asked) {
    if (holdsAnswerKind(term, "count")) continue;
    const held = index.documentFrequency.has(term)
      ? [term]
      : (byTerm.get(term) ?? []).filter((t) => index.documentFrequency.has(t));
    if (held.length > 0) counted.push(...held);
    else if (!weakWordTerms().has(term)) counted.push(term);
  }
  return counted;
}

/** Words between a number and what it counts: "two [aspects of the] paths". */
const COUNT_REACH = 3;

/**
 * Whether a number in the text counts one of the terms ("50 minutes", "two paths"), or an
 * ordinal ranks one of `ranked` ("their second phone contact" counts the calls).
 */
export function countsAny(
  text: string,
  countedTerms: readonly string[],
  ranked: ReadonlySet<string>,
  holds: (term: string) => boolean,
): boolean {
  // Reading the sentence word by word is the slow part: most sentences hold no number, or
  // none of the counted words, and need not be.
  const holdsAny = countedTerms.some(holds) || [...ranked].some(holds);
  if (!holdsAny || !holdsAnswerKind(text, "count")) return false;
  const counted = new Set(countedTerms);
  const tokens = analyzeTokens(text);
  return tokens.some((token, i) => {
    const kind = token.terms.some((term) => counted.has(term))
      ? "count"
      : token.terms.some((term) => ranked.has(term))
        ? "frequency"
        : undefined;
    return (
      kind !== undefined &&
      tokens
        .slice(Math.max(0, i - COUNT_REACH), i + 1)
        .some((before) => holdsAnswerKind(text.slice(before.start, token.end), kind))
    );
  });
}

/** The synonyms of the counted words: what an ordinal may rank ("calls": "phone contact"). */
export function rankedTerms(plan: Pick<QueryPlan, "countedTerms" | "concepts">): Set<string> {
  const counted = new Set(plan.countedTerms);
  return new Set(
    plan.concepts
      .filter((concept) => concept.terms.some((t) => t.kind === "own" && counted.has(t.term)))
      .flatMap((concept) => concept.terms.filter((t) => t.kind === "expansion").map((t) => t.term)),
  );
}
