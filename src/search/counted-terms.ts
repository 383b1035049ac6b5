import { holdsAnswerKind } from "./answer-kinds.js";
import type { PassageIndex } from "./passage-index.js";
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
