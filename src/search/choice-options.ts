import type { Concept } from "./query-plan.js";

/** Where an idea's words stand in the question: offsets into its folded text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Whether `span` stands wholly within one of `clauses`. */
export function within(span: TextSpan | undefined, clauses: readonly TextSpan[]): boolean {
  return span !== undefined && clauses.some((c) => span.start >= c.start && span.end <= c.end);
}

/** The first or second option of a choice the question asks about. */
export type ChoiceOption = 1 | 2;

/**
 * A choice between two clauses: "or" that opens a new one ("…any optimism, or is it all doom
 * and gloom?", "did Biden ask for the call, or was it the Russian side?").
 */
const CLAUSE_CHOICE =
  /,?\s+or\s+(?=(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could|should|just|only|purely|simply|mostly|mainly|totally|completely|entirely|maybe|it|they|he|she|we|you|a|an|the)\b)/g;
/** What ends a sentence, and with it a choice. */
const SENTENCE_END = /[.?!;]/;

/**
 * Marks the ideas of each option of a choice, which the corpus may answer for one option
 * only: the other's words are then neither a topic it lacks nor needed to answer.
 * - Between two ideas ("15 mins or an hour"), the two beside the "or" were already joined as
 *   one (`alternatives`); a number that runs into either, with nothing between, is part of
 *   its option. Other words that run on may be the question's own topic ("did zelensky call
 *   Putin or Biden"), not an option's.
 * - Between two clauses, each option runs from the "or" to its sentence's edge.
 *
 * @example
 * // "was the call closer to 15 mins or closer to an hour?"  → "15" is option 1
 * // "any optimism from the call, or is it all doom and gloom?" → "doom", "gloom" are option 2
 */
export function markChoiceOptions(
  concepts: readonly Concept[],
  spans: readonly TextSpan[],
  folded: string,
): void {
  const adjoining = (i: number, j: number) => {
    const [a, b] = [spans[i], spans[j]];
    return a !== undefined && b !== undefined && /^\s+$/.test(folded.slice(a.end, b.start));
  };
  const numberAt = (i: number) => concepts[i]?.terms.every((t) => /^\d+$/.test(t.term)) === true;
  for (const [at, choice] of concepts.entries()) {
    if (!choice.alternatives) continue;
    for (let i = at - 1; i >= 0 && numberAt(i) && adjoining(i, i + 1); i--) mark(concepts[i], 1);
    for (let i = at + 1; i < concepts.length && numberAt(i) && adjoining(i - 1, i); i++) {
      mark(concepts[i], 2);
    }
  }
  for (const or of folded.matchAll(CLAUSE_CHOICE)) {
    const at = or.index;
    const from = lastIndexOf(folded.slice(0, at), SENTENCE_END) + 1;
    const after = folded.slice(at + or[0].length).search(SENTENCE_END);
    const to = after < 0 ? folded.length : at + or[0].length + after;
    for (const [i, span] of spans.entries()) {
      if (span.start >= from && span.end <= at) mark(concepts[i], 1);
      else if (span.start >= at && span.end <= to) mark(concepts[i], 2);
    }
  }
}

/** An idea belongs to the first choice that claims it. */
function mark(concept: Concept | undefined, option: ChoiceOption): void {
  if (concept && !concept.alternatives && concept.option === undefined) concept.option = option;
}

function lastIndexOf(text: string, pattern: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (pattern.test(text.charAt(i))) return i;
  return -1;
}

/** Importance (or credit) summed over the ideas outside any option, and in each option. */
export type ByOption = [shared: number, first: number, second: number];

/** Which of `ByOption`'s sums an idea adds to. */
export function optionSlot(concept: Concept): 0 | ChoiceOption {
  return concept.option ?? 0;
}

/**
 * The share of the question a passage covers when answering either option is enough: the
 * better of the shared ideas with the first option's, and with the second's. An option with
 * no ideas ("…or nah?") offers nothing to choose. It decides whether the corpus answers at
 * all; ranking still counts every idea, since a passage speaking to both options ("new, or
 * said before?") answers the choice best.
 *
 * @example
 * choiceCoverage([1, 2, 0], [2, 2, 2]); // 0.75: shared and the first option
 */
export function choiceCoverage(covered: ByOption, importance: ByOption): number {
  let best = 0;
  let options = 0;
  for (const option of [1, 2] as const) {
    if (importance[option] === 0) continue;
    options++;
    best = Math.max(best, (covered[0] + covered[option]) / (importance[0] + importance[option]));
  }
  if (options > 0) return best;
  return importance[0] > 0 ? covered[0] / importance[0] : 0;
}

/** The share of all the question's ideas a passage covers, options and all. */
export function wholeCoverage(covered: ByOption, importance: ByOption): number {
  const total = importance[0] + importance[1] + importance[2];
  return total > 0 ? (covered[0] + covered[1] + covered[2]) / total : 0;
}
