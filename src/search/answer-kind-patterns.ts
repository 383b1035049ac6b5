import { MENTIONS_EARLIER } from "./earlier-event.js";
import { MAY_SPELL_OUT } from "./elaboration.js";

/*
 * The patterns that tell whether a sentence holds a kind of answer: cheap tests, run before
 * a sentence is read word by word.
 */

/** Kinds of answer a question word asks for ("when" → a date, "how many" → a count). */
export type AnswerKind =
  | "date"
  | "calendarDate"
  | "weekday"
  | "clockTime"
  | "duration"
  | "period"
  | "count"
  | "frequency"
  | "restated"
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
  | "topic"
  | "consequence";

export const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
export const MONTH =
  "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
const MONTH_SHORT = "(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
export const CARDINAL =
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

export const PLACES = new RegExp(PLACE.source, "gu");

/** How often something happened: "their second call", "twice", "again", "three times". */
const FREQUENCY = `${ORDINAL}|once|twice|thrice|again|${CARDINAL}\\s+times`;

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
  frequency: new RegExp(`\\b(?:${FREQUENCY})\\b`, "i"),
  // "Is this the first time Biden said it?" is answered by "reiterated" as well as by "again".
  restated: new RegExp(
    `\\b(?:${FREQUENCY}|anew|reiterat[a-z]*|repeat(?:s|ed|ing)?|previous(?:ly)?)\\b`,
    "i",
  ),
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
    /\b(?:because|amid|over|due to|owing to|driven by|caused by|as a result|in order to|so that|to enable|to allow|purpose|reason|aim|goal|fears?|concerns?)\b/i,
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
  // "What happens if Russia goes in?": a sentence that states a case or what follows it
  // ("if Ukraine is invaded", "costs and consequences", "could totally rupture ties").
  consequence:
    /\b(?:if|unless|in case|in the event|would|could|can only|only (?:be|occur)|consequences?|costs?)\b/i,
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

/** A month's name or abbreviation; its first three letters name it ("sept" → "sep"). */
const MONTH_WORD = new RegExp(`\\b(?:${MONTH}|${MONTH_SHORT})(?=\\W|$)`, "gi");
const CALENDAR_DATES = new RegExp(PATTERNS.calendarDate.source, "gi");
export const DATES = new RegExp(PATTERNS.date.source, "giu");

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

export function datesIn(text: string): string[] {
  return text.match(CALENDAR_DATES) ?? [];
}
