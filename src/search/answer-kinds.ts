import { analyzeTokens } from "../text/analyze.js";
import { datedNear, datedTerms } from "./dated-near.js";
import { earlierEventTerms, MENTIONS_EARLIER, speaksOfEarlier } from "./earlier-event.js";
import { MAY_SPELL_OUT, spellsOut } from "./elaboration.js";
import { givesName } from "./named-answer.js";
import type { PassageIndex } from "./passage-index.js";
import type { QueryPlan } from "./query-plan.js";
import { locatedForms, placedNear } from "./whereabouts.js";

/**
 * Kinds of answer a question word asks for ("when" → a date, "how many" → a count), and
 * whether a sentence holds one. A sentence that holds the topic but not the kind of answer
 * asked for ("How many troops…" against a sentence with no count) can hardly answer it.
 */
export type AnswerKind =
  | "date"
  | "calendarDate"
  | "weekday"
  | "clockTime"
  | "duration"
  | "period"
  | "count"
  | "frequency"
  | "place"
  | "namedPlace"
  | "whereabouts"
  | "age"
  | "acronym"
  | "cause"
  | "outcome"
  | "earlier"
  | "name"
  | "spelledOut"
  | "topic";

const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const MONTH =
  "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
const MONTH_SHORT = "(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
const CARDINAL =
  "(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousands?|millions?|billions?|dozens?|several|a few)";
/** "Their second call" answers "how many times"; ordinals count too. */
const ORDINAL =
  "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))";
const UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)";

/**
 * A capitalised word after one of `prepositions`, not within a name: "the Organization for
 * Security and Cooperation in Europe" is no place.
 */
function namedAfter(prepositions: string): string {
  return `(?<!\\p{Lu}[\\p{L}.]*\\s+)\\b(?:${prepositions})\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}+`;
}
/** "Which city" asks for a place by its name: "in Geneva". */
const NAMED_PLACE = new RegExp(namedAfter("in|at|to|from|near|outside|inside"), "u");
/** "Where" is answered by a place in any words: "along the border", "towards Ukraine". */
const PLACE = new RegExp(
  `${namedAfter("in|at|to|from|near|outside|inside|along|across")}|\\btowards?\\s+\\p{L}`,
  "u",
);

const PLACES = new RegExp(PLACE.source, "gu");

const PATTERNS: Readonly<Record<AnswerKind, RegExp>> = {
  date: new RegExp(
    [
      `\\b${WEEKDAY}\\b`,
      `\\b${MONTH}\\b(?!\\s+(?:may|will|can))`,
      `\\b${MONTH_SHORT}\\s*\\d{1,2}\\b`,
      "\\b(?:yesterday|today|tomorrow|tonight)\\b",
      "\\b(?:next|last|this|that|same|coming|early|late)\\s+(?:week|month|year)\\b",
      "\\b(?:1[89]|20)\\d\\d\\b",
      // "told reporters following the presidential call": a time given by another event.
      "\\b(?:(?<!\\b(?:is|are|was|were|be|been|am)\\s+)following|after|during|ahead\\s+of)\\s+(?:the|this|that|their|its|his|her)\\s+\\p{L}",
    ].join("|"),
    "iu",
  ),
  // "What date" asks for the calendar: "Jan. 10", "10 January", "in 2014", not "next week".
  calendarDate: new RegExp(
    [
      `\\b${MONTH}\\s+\\d{1,2}\\b`,
      `\\b\\d{1,2}\\s+${MONTH}\\b`,
      `\\b${MONTH_SHORT}\\s*\\d{1,2}\\b`,
      "\\b(?:1[89]|20)\\d\\d\\b",
    ].join("|"),
    "i",
  ),
  weekday: new RegExp(`\\b${WEEKDAY}\\b`, "i"),
  // "What time did the call start?" wants the clock or the part of the day.
  clockTime:
    /\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b|\b(?:morning|afternoon|evening|night|noon|midnight)\b/i,
  // "in a month" and "twice a week" say when or how often, not how long.
  duration: new RegExp(
    `\\b(?:${CARDINAL}|(?<!\\b(?:in|within|once|twice|times)\\s+)an?)[\\s-]+(?:long\\s+)?${UNIT}\\b|\\b${UNIT}\\s+long\\b`,
    "i",
  ),
  // "Their second call in how long?" asks the span something happened within: "in a month".
  period: new RegExp(
    `\\b(?:in|within|over)\\s+(?:the\\s+(?:past|last|next)\\s+)?(?:(?:${CARDINAL}|an?)[\\s-]+)?${UNIT}\\b`,
    "i",
  ),
  // A year or a day of the month is not a count: "in 2014", "Jan. 10".
  count: new RegExp(
    `(?<!\\b${MONTH_SHORT}\\s*|\\b${MONTH}\\s+)\\b(?!(?:1[89]|20)\\d\\d\\b)(?:${CARDINAL}|${ORDINAL})\\b`,
    "i",
  ),
  // "How many times" is answered by "their second call" or "twice", not by "50 minutes".
  frequency: new RegExp(`\\b(?:${ORDINAL}|once|twice|thrice|again|${CARDINAL}\\s+times)\\b`, "i"),
  // "Organization for Security and Cooperation in Europe (OSCE)" spells an acronym out.
  acronym: /\(\p{Lu}[\p{Lu}\d&-]+\)/u,
  place: PLACE,
  // "Which city" asks for a named place; a sentence naming none cannot answer it.
  namedPlace: NAMED_PLACE,
  // "Where was Biden when he took the call?": a place, in a sentence that names him (see below).
  whereabouts: PLACE,
  age: /\b\d+[\s-]+years?[\s-]+old\b|\baged\s+\d+\b|\bage\s+(?:of\s+)?\d+\b/i,
  // "amid escalating tensions … over Russia's buildup": a cause or a purpose, said outright.
  cause:
    /\b(?:because|amid|over|due to|owing to|driven by|caused by|as a result|in order to|so that|purpose|reason|aim|goal|fears?|concerns?)\b/i,
  // "How did the Geneva talks turn out?" is not answered by "officials are slated to meet in
  // Geneva": a sentence that speaks of the event as still to come, as a condition ("if
  // Ukraine is invaded", "should Russia choose to"), or as a mere possibility ("fears of a
  // possible invasion", "the specter of another invasion") cannot give its outcome.
  outcome:
    /^(?![\s\S]*\b(?:will|would|if|unless|should|could|might|going to|slated|scheduled|upcoming|planned|set to|expected to|due to|next week|next month|next year|possible|possibly|potential|fears?|specter|spectre|prospect|risks?|danger)\b)/i,
  // "When was their previous call?" is not answered by a sentence about this call: one that
  // answers speaks of something before ("previous calls", "preceded the takeover").
  earlier: MENTIONS_EARLIER,
  // A capitalised word past the first. Only `holdsAnswerKind` reads it: the ranking's check
  // is `givesName`, since a name may open the sentence or be written in capitals.
  name: /\S\s+[("“'‘]?\p{Lu}\p{Ll}/u,
  // Words that go on to say what a thing is; `spellsOut` asks that they follow the thing.
  spelledOut: MAY_SPELL_OUT,
  // "What was the call about?": a sentence that says what something was regarding.
  topic:
    /\b(?:regarding|about(?!\s+(?:you|it|them|him|her|us|me)\b)|concerning|over|focused on|centred on|centered on|discuss\p{L}*)\b/iu,
};

/**
 * Whether a sentence holds an answer of the kind asked for.
 *
 * @example
 * holdsAnswerKind("They will meet on Jan. 10 in Geneva.", "date");  // true
 * holdsAnswerKind("It was their second call in a month.", "count"); // false
 */
export function holdsAnswerKind(text: string, kind: AnswerKind): boolean {
  return PATTERNS[kind].test(text);
}

/**
 * How much of its coverage a passage keeps when it lacks the kind of answer asked for. A
 * number asked for ("how many", "how old", "how long") cannot be answered without one, nor
 * "on what date" without a day of the calendar, nor "when" without any time at all (the date
 * pattern reads "early next year" and "that same week" as times). "Where" can be answered in
 * words the place pattern does not read ("in a background call with reporters"). A "why" is
 * most often answered by a cause or a purpose said outright; at 0.8, a sentence restating
 * the question's words ("urged him to de-escalate tensions") beat the one saying what drove
 * them ("amid escalating tensions … over the buildup"); at 0.35, a question whose answer
 * gives its reason only implicitly is refused.
 */
const LACKS_ANSWER_KIND_CREDIT: Readonly<Record<AnswerKind, number>> = {
  count: 0.35,
  frequency: 0.35,
  age: 0.35,
  duration: 0.35,
  period: 0.35,
  date: 0.35,
  calendarDate: 0.35,
  weekday: 0.6,
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
};

/**
 * For a question's plan, the share of its coverage a passage keeps for the kinds of answer
 * the question asks for: 1 when it holds them all, else the lowest credit of those it lacks.
 * What the checks need from the plan (the terms of what is asked, of its focus) is worked out
 * once, not once per passage.
 *
 * @example
 * answerKindCheck({ ...plan, kinds: ["date"] }, index)(id); // 0.35 if the passage gives no date
 */
export function answerKindCheck(
  plan: Pick<
    QueryPlan,
    "kinds" | "countedTerms" | "months" | "namedTerms" | "concepts" | "whereabouts"
  >,
  index: PassageIndex,
): (passageId: number) => number {
  const earlierTerms = plan.kinds.includes("earlier") ? earlierEventTerms(plan.concepts) : [];
  const focusTerms =
    plan.concepts.find((concept) => concept.focus)?.terms.map((term) => term.term) ?? [];
  const located = plan.kinds.includes("whereabouts") ? locatedForms(plan) : [];
  const dated = plan.kinds.includes("date") ? datedTerms(plan.concepts) : undefined;
  const askedTerms = plan.kinds.includes("name")
    ? plan.concepts.flatMap((concept) => concept.terms.map((term) => term.term))
    : [];
  return (passageId) => {
    const text = index.passages[passageId]?.text ?? "";
    const holds = (term: string) => index.passageTerms.hasTerm(passageId, term);
    const lacking = plan.kinds.filter((kind) => {
      if (kind === "count" && plan.countedTerms.length > 0) {
        return !countsAny(text, plan.countedTerms, holds);
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
    return Math.min(1, ...lacking.map((kind) => LACKS_ANSWER_KIND_CREDIT[kind]));
  };
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

/** A month's name or abbreviation; its first three letters name it ("sept" → "sep"). */
const MONTH_WORD = new RegExp(`\\b(?:${MONTH}|${MONTH_SHORT})(?=\\W|$)`, "gi");
const CALENDAR_DATES = new RegExp(PATTERNS.calendarDate.source, "gi");
const DATES = new RegExp(PATTERNS.date.source, "giu");

/**
 * The months a question names ("the first call in December"), as three-letter keys. A date
 * it asks for must fall in them: "Jan. 10" does not answer "what date in December".
 *
 * @example
 * monthsNamed("On what date in Dec. did they speak?"); // ["dec"]
 */
export function monthsNamed(text: string): string[] {
  const named = new Set<string>();
  for (const match of text.matchAll(MONTH_WORD)) {
    const key = match[0].slice(0, 3).toLowerCase();
    const at = match.index ?? 0;
    // "may" and "march" are verbs too: only beside a day, or after "in" or "of", are they months.
    const verbToo = key === "may" || key === "mar";
    const beside =
      /\b(?:in|of)\s+$|\d\s*$/i.test(text.slice(0, at)) ||
      /^\W*\d/.test(text.slice(at + match[0].length));
    if (!verbToo || beside) named.add(key);
  }
  return [...named];
}

function datesIn(text: string): string[] {
  return text.match(CALENDAR_DATES) ?? [];
}

/** A date in one of the asked months ("in 2014" is in none). */
function sameMonth(date: string, months: readonly string[]): boolean {
  return monthsNamed(date).some((month) => months.includes(month));
}

/** Words between a number and what it counts: "two [aspects of the] paths". */
const COUNT_REACH = 3;

/** Whether a number in the text counts one of the terms ("50 minutes", "two paths"). */
function countsAny(
  text: string,
  countedTerms: readonly string[],
  holds: (term: string) => boolean,
): boolean {
  // Reading the sentence word by word is the slow part: most sentences hold no number, or
  // none of the counted words, and need not be.
  if (!countedTerms.some(holds) || !holdsAnswerKind(text, "count")) return false;
  const counted = new Set(countedTerms);
  const tokens = analyzeTokens(text);
  return tokens.some(
    (token, i) =>
      token.terms.some((term) => counted.has(term)) &&
      tokens
        .slice(Math.max(0, i - COUNT_REACH), i + 1)
        .some((before) => holdsAnswerKind(text.slice(before.start, token.end), "count")),
  );
}
