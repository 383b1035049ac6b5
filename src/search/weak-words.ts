import { analyze } from "../text/analyze.js";
import { WEAK_WORDS } from "../text/lexicon.js";

let weakTerms: Set<string> | undefined;

/** The index terms of the weak words, to tell an idiom for one ("take place"). */
export function weakWordTerms(): Set<string> {
  weakTerms ??= new Set([...WEAK_WORDS].flatMap((word) => analyze(word)));
  return weakTerms;
}
