import { analyzeTokens } from "../text/analyze.js";
import type { Concept } from "./query-plan.js";

/**
 * Words either side of the thing asked about within which its date must stand: "call with
 * Vladimir Putin yesterday", "On Thursday, … traded threats in a phone chat". "Their second
 * phone contact in a month, … the takeover of Crimea in 2014" dates the takeover, forty words
 * on, not the contact. Measured on the open sets: 15 to 40 words put the same two more questions
 * first ("When did the call take place?") and lost none; 10 lost three.
 */
const DATE_REACH = 20;

/** A time given by another event: "following the presidential call". */
const RELATIVE = /^(?:following|after|during|ahead)\b/i;

/**
 * Whether a sentence gives a date (`dates` matches one, and has the global flag) within
 * reach of a word of what is dated (`dated`, from `datedTerms`). A time given by one of the
 * user's own words ("following the presidential call") dates something else by it.
 *
 * @example
 * datedNear("The call came yesterday; Crimea fell in 2014.", { terms: ["call"] }, /\b(?:yesterday|2014)\b/g); // true
 */
export function datedNear(text: string, dated: DatedTerms, dates: RegExp): boolean {
  const tokens = analyzeTokens(text);
  const wanted = new Set(dated.terms);
  const own = new Set(dated.own ?? dated.terms);
  const holdsDated = (i: number) => tokens[i]?.terms.some((term) => own.has(term)) === true;
  const dateAt = [...text.matchAll(dates)].map((match) => {
    const at = tokens.findIndex((token) => token.end > match.index);
    // "following the presidential call" dates the telling by the call, not the call itself.
    if (RELATIVE.test(match[0]) && [1, 2, 3].some((ahead) => holdsDated(at + ahead))) return -1;
    return at;
  });
  return tokens.some(
    (token, i) =>
      token.terms.some((term) => wanted.has(term)) &&
      dateAt.some((at) => at >= 0 && Math.abs(at - i) <= DATE_REACH),
  );
}

/** What a "when" question dates: the terms of its ideas, and of those the user's own words. */
export interface DatedTerms {
  terms: readonly string[];
  /** Default: `terms`. */
  own?: readonly string[];
}

/** The terms of the ideas a "when" question dates: those the corpus holds, weak words aside. */
export function datedTerms(concepts: readonly Concept[]): DatedTerms | undefined {
  const dated = concepts.filter((concept) => !concept.weak && concept.inCorpus);
  if (dated.length === 0) return undefined;
  return {
    terms: dated.flatMap((concept) => concept.terms.map((term) => term.term)),
    own: dated.flatMap((concept) =>
      concept.terms.filter((term) => term.kind === "own").map((term) => term.term),
    ),
  };
}
