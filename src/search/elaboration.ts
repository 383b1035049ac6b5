import { analyzeTokens } from "../text/analyze.js";
import type { PassageIndex } from "./passage-index.js";
import type { QueryPlan } from "./query-plan.js";

/** Words that go on to say what a thing is made of: "those costs include economic costs". */
const SPELLING_WORD = "includ(?:e|es|ed|ing)|consists?|compris(?:e|es)|namely";
/** Whether a text holds a word that spells a thing out, anywhere: the cheap test first. */
export const MAY_SPELL_OUT = new RegExp(`\\b(?:${SPELLING_WORD})\\b|:`, "i");
const SPELLS_OUT = new RegExp(`^(?:${SPELLING_WORD})$`, "i");
/** Words between the thing and the word that spells it out ("costs would include"). */
const REACH = 2;

/**
 * Whether a sentence says what a thing is, not only that it is: "those costs include economic
 * costs, …" spells out the costs; "serious costs and consequences if Ukraine is invaded" only
 * names them. `terms` are the index terms of the thing ("cost", "consequ").
 *
 * @example
 * spellsOut("And those costs include economic costs.", ["cost"]);  // true
 * spellsOut("He warned of serious costs if it invades.", ["cost"]); // false
 */
export function spellsOut(text: string, terms: readonly string[]): boolean {
  // Most sentences hold no such word: they need not be read word by word.
  if (!MAY_SPELL_OUT.test(text)) return false;
  const wanted = new Set(terms);
  const tokens = analyzeTokens(text);
  return tokens.some((token, i) => {
    if (!token.terms.some((term) => wanted.has(term))) return false;
    if (/^\s*:/.test(text.slice(token.end))) return true;
    return tokens.slice(i + 1, i + 1 + REACH).some((next) => SPELLS_OUT.test(next.surface));
  });
}

/**
 * What a sentence that only names the thing asked about keeps of its score, when another
 * sentence spells it out: "What kind of costs would Russia face?" is answered by "those costs
 * include economic costs, …" better than by "serious costs and consequences".
 */
const NAMES_ONLY_SHARE = 0.7;
/** The same share when the question asks what kinds of thing they are ("what sort of penalties"). */
const KIND_ASKED_SHARE = 0.3;

/** Not the hedge: "was it kind of tense", "kinda a big deal". */
const KIND_OF = /\b(?:what|which)\s+(?:(?:kinds?|sorts?|types?)\s+of|kinda|sorta)\b/i;

/**
 * Whether a question asks what kinds of a thing there are: "what kinds of penalties", "what
 * sorta costs". A sentence that lists them answers that best. It only weighs where one of the
 * leading sentences does list the thing: "what kind of mistake" finds no list of mistakes, and
 * is answered by the sentence that calls it "colossal", as before.
 *
 * @example
 * asksWhatKind("what sorta penalties r on the table"); // true
 */
export function asksWhatKind(question: string): boolean {
  return KIND_OF.test(question);
}

/**
 * Lowers, among the best-ranked passages, those that name the thing a "what X" question asks
 * about without spelling it out, when one of them does spell it out; says whether it did.
 *
 * @example
 * preferSpelledOut(index, planQuery("What kind of costs would Russia face?", index), leaders);
 */
export function preferSpelledOut(
  index: PassageIndex,
  plan: Pick<QueryPlan, "concepts" | "kindAsked">,
  leaders: ReadonlyArray<{ passageId: number; score: number }>,
): boolean {
  const focus = plan.concepts.find((concept) => concept.focus && concept.inCorpus);
  if (!focus) return false;
  const terms = focus.terms.map((term) => term.term);
  const naming = leaders.filter((ranked) =>
    terms.some((term) => index.passageTerms.hasTerm(ranked.passageId, term)),
  );
  const spelling = new Set(
    naming.filter((ranked) => spellsOut(index.passages[ranked.passageId]?.text ?? "", terms)),
  );
  if (spelling.size === 0) return false;
  const share = plan.kindAsked ? KIND_ASKED_SHARE : NAMES_ONLY_SHARE;
  for (const ranked of naming) if (!spelling.has(ranked)) ranked.score *= share;
  return true;
}
