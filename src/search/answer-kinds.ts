import {
  type AnswerKind,
  DATES,
  datesIn,
  holdsAnswerKind,
  monthsNamed,
  PLACES,
} from "./answer-kind-patterns.js";
import { countsAny, rankedTerms } from "./counted-terms.js";
import { datedNear, datedTerms } from "./dated-near.js";
import { earlierEventTerms, speaksOfEarlier } from "./earlier-event.js";
import { spellsOut } from "./elaboration.js";
import { givesName } from "./named-answer.js";
import type { PassageIndex } from "./passage-index.js";
import type { QueryPlan } from "./query-plan.js";
import { locatedForms, placedNear } from "./whereabouts.js";

/*
 * Whether a sentence gives the kind of answer a question asks for ("how many" → a count):
 * one that holds the topic but not the kind ("How many troops…" against a sentence with no
 * count) can hardly answer it.
 */

/**
 * How much of its coverage a passage keeps when it lacks the kind of answer asked for. A
 * number asked for ("how many", "how old", "how long") cannot be answered without one, nor
 * "on what date" without a day of the calendar, nor "when" without any time at all (the date
 * pattern reads "early next year" and "that same week" as times), nor "what day of the week"
 * without a weekday (at 0.6, "what day of the week is jan 10" was answered by the sentence
 * giving Jan. 10 alone). "Where" can be answered in
 * words the place pattern does not read ("in a background call with reporters"). A "why" is
 * most often answered by a cause or a purpose said outright; at 0.8, a sentence restating
 * the question's words ("urged him to de-escalate tensions") beat the one saying what drove
 * them ("amid escalating tensions … over the buildup"); at 0.35, a question whose answer
 * gives its reason only implicitly is refused. "What happens if…" is answered by a sentence
 * stating a case or what follows ("if Ukraine is invaded", "could rupture ties"): at 0.8 the
 * one that merely names the event asked about still won ("it occurred amid escalating
 * tensions" for "what happens to the talks if russia escalates").
 */
const LACKS_ANSWER_KIND_CREDIT: Readonly<Record<AnswerKind, number>> = {
  count: 0.35,
  frequency: 0.35,
  restated: 0.35,
  age: 0.35,
  duration: 0.35,
  period: 0.35,
  date: 0.35,
  calendarDate: 0.35,
  weekday: 0.35,
  clockTime: 0.35,
  place: 0.8,
  namedPlace: 0.35,
  whereabouts: 0.35,
  acronym: 0.6,
  cause: 0.5,
  outcome: 0.35,
  earlier: 0.35,
  name: 0.35,
  spelledOut: 0.35,
  topic: 0.8,
  consequence: 0.6,
};

/**
 * Kinds whose absence ranks a sentence lower but does not refuse the question. A "why" or a
 * "what about" is often answered by a sentence that gives the fact without saying "because":
 * "why is the US saying there's no progress unless things cool off?" is answered by the
 * readout that says so. Measured on the open sets, this spared 3 false refusals and lost
 * nothing; "outcome", "earlier" and "name" refused out-of-corpus questions that way (up to 40
 * answered instead). A consequence, too, may be given without "if" ("the other is a path
 * focused on deterrence").
 */
const RANKS_ONLY: ReadonlySet<AnswerKind> = new Set(["cause", "topic", "consequence"]);

/** The share of its coverage a passage keeps, in ranking and in deciding whether it answers. */
export interface KindCredit {
  ranking: number;
  deciding: number;
}

/**
 * For a question's plan, the share of its coverage a passage keeps for the kinds of answer
 * the question asks for: 1 when it holds them all, else the lowest credit of those it lacks
 * (in deciding, of those it lacks that are not `RANKS_ONLY`).
 * What the checks need from the plan (the terms of what is asked, of its focus) is worked out
 * once, not once per passage.
 *
 * @example
 * answerKindCheck({ ...plan, kinds: ["date"] }, index)(id);
 * // { ranking: 0.35, deciding: 0.35 } if the passage gives no date
 */
export function answerKindCheck(
  plan: Pick<
    QueryPlan,
    "kinds" | "countedTerms" | "months" | "namedTerms" | "concepts" | "whereabouts"
  >,
  index: PassageIndex,
): (passageId: number) => KindCredit {
  const earlierTerms = plan.kinds.includes("earlier") ? earlierEventTerms(plan.concepts) : [];
  const focusTerms =
    plan.concepts.find((concept) => concept.focus)?.terms.map((term) => term.term) ?? [];
  const located = plan.kinds.includes("whereabouts") ? locatedForms(plan) : [];
  const ranked = plan.kinds.includes("count") ? rankedTerms(plan) : new Set<string>();
  const dated = plan.kinds.includes("date") ? datedTerms(plan.concepts) : undefined;
  const askedTerms = plan.kinds.includes("name")
    ? plan.concepts.flatMap((concept) =>
        concept.terms.filter((term) => term.kind !== "expansion").map((term) => term.term),
      )
    : [];
  return (passageId) => {
    const text = index.passages[passageId]?.text ?? "";
    const holds = (term: string) => index.passageTerms.hasTerm(passageId, term);
    const lacking = plan.kinds.filter((kind) => {
      if (kind === "count" && plan.countedTerms.length > 0) {
        return !countsAny(text, plan.countedTerms, ranked, holds);
      }
      if (kind === "calendarDate" && plan.months.length > 0) {
        return !datesIn(text).some((date) => sameMonth(date, plan.months));
      }
      // A name may open the sentence, or be written in capitals ("TURAN"): no pattern rules it out.
      if (kind === "name") return !givesName(text, plan.namedTerms, askedTerms);
      // The pattern is the cheap test: most sentences fail it and need not be read word by word.
      if (!holdsAnswerKind(text, kind)) return true;
      if (kind === "outcome") return !statesEvery(plan, holds);
      if (kind === "date" && dated) return !datedNear(text, dated, DATES);
      if (kind === "earlier") return !speaksOfEarlier(text, earlierTerms);
      if (kind === "spelledOut") return !spellsOut(text, focusTerms);
      if (kind === "whereabouts") {
        return !located.every((forms) => forms.some(holds)) || !placedNear(text, located, PLACES);
      }
      return false;
    });
    return {
      ranking: lowestCredit(lacking),
      deciding: lowestCredit(lacking.filter((kind) => !RANKS_ONLY.has(kind))),
    };
  };
}

/** The credit a passage keeps when it lacks these kinds: the lowest of theirs, or 1. */
function lowestCredit(kinds: readonly AnswerKind[]): number {
  return Math.min(1, ...kinds.map((kind) => LACKS_ANSWER_KIND_CREDIT[kind]));
}

/** Ideas that count this much or more are what the event is ("Russia", "invading", "Ukraine"). */
const EVENT_IMPORTANCE = 0.5;

/**
 * Whether a sentence itself states every main idea of the question. An outcome is reported
 * in one sentence: "Did Russia end up invading Ukraine?" is not answered by a sentence that
 * names neither Russia nor an invasion, only Ukraine, though the one before it does. An
 * idea the articles never state in any words ("agreeing") is asked of no sentence.
 */
function statesEvery(plan: Pick<QueryPlan, "concepts">, holds: (term: string) => boolean): boolean {
  return plan.concepts
    .filter((c) => c.inCorpus && !c.weak && c.importance >= EVENT_IMPORTANCE)
    .every((concept) => concept.terms.some((term) => holds(term.term)));
}

/** A date in one of the asked months ("in 2014" is in none). */
function sameMonth(date: string, months: readonly string[]): boolean {
  return monthsNamed(date).some((month) => months.includes(month));
}
