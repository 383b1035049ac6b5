import { analyze } from "../text/analyze.js";
import type { WordClass } from "../text/parts-of-speech.js";
import { type AnswerKind, CARDINAL, MONTH, WEEKDAY } from "./answer-kind-patterns.js";
import type { TextSpan } from "./choice-options.js";
import type { PassageIndex } from "./passage-index.js";
import { QUESTION_WORD } from "./yes-no-question.js";

/*
 * "the call was on friday yeah?", "it lasted 15 min tops didnt it", "crimea was grabbed in
 * 2016 or so, right?": a day, a year, a month or a length the asker puts forward to be
 * confirmed is their guess at the answer. The articles may give another ("On Thursday"),
 * which answers the question as well as a match would; searched, the guess is a word they
 * lack and sinks the answer. So it is not searched, and the question asks for a value of its
 * kind instead; so is a place the articles never name ("the sit-down is in vienna isnt
 * it?"), which they may name otherwise ("in Geneva"). A question that asks something itself
 * ("what did putin say on friday?") puts forward nothing: there the day narrows what is asked.
 */

/**
 * A question word anywhere: the question asks, rather than puts a value forward. So does a
 * choice ("15 mins or an hour?"), whose options `markChoiceOptions` reads.
 */
const ASKS = new RegExp(
  String.raw`${QUESTION_WORD}|\bor\b(?!\s+(?:so|something|not|nah|no)\b)`,
  "i",
);

/** The figure of a length: "15", "two", "an", "half an", "a couple of". */
const NUMBER = String.raw`(?:${CARDINAL}|an?|half\s+an?|a\s+couple(?:\s+of)?)`;

/** "2016 or so", "around february": a hedge marks a date as a guess, not as when it was. */
const HEDGE_BEFORE = "(?:around|about|like|maybe|probably|prob|circa|approx)\\s+(?:in\\s+)?";
const HEDGE_AFTER = "(?:\\s*ish|\\s+or\\s+so|\\s+or\\s+something)";
/** A year or a month; "may" is more often the verb. */
const DATE = String.raw`(?:(?:1[89]|20)\d\d|(?!may\b)${MONTH})`;

/**
 * Values a question may put forward, each with the kind of answer that gives another. The
 * guess is the `value` group: of "15 min", the figure; "min" still says a length is asked.
 */
const GUESSES: ReadonlyArray<readonly [RegExp, AnswerKind]> = [
  [new RegExp(`\\b(?<value>${WEEKDAY})\\b`, "giu"), "weekday"],
  [
    new RegExp(
      `\\b${HEDGE_BEFORE}(?<value>${DATE})\\b|\\b(?<after>${DATE})${HEDGE_AFTER}\\b`,
      "giu",
    ),
    "date",
  ],
  [
    new RegExp(`\\b(?<value>${NUMBER})[\\s-]*(?:min(?:ute)?s?|hours?|hrs?|h)\\b`, "giu"),
    "duration",
  ],
];

/** "in vienna", "at helsinki": a word after which, if a name the articles lack, is a place. */
const PLACE_AFTER = /\b(?:in|at)\s+(?<value>\p{L}+)\b(?!['’]s\b)/giu;
/** A month or a weekday after "in" dates what is asked, unhedged ("in february 2022"). */
const NOT_A_PLACE = new RegExp(`^(?:${DATE}|${WEEKDAY})$`, "iu");

export interface GuessedValues {
  /** Where each guess stands in the folded question: these words are not searched. */
  spans: TextSpan[];
  /** The kinds of answer the guesses ask for. */
  kinds: AnswerKind[];
}

/**
 * The values a question puts forward to be confirmed. `classesOf` tags the question's words
 * by where they start; it is asked only of a word the articles lack after "in" or "at" in a
 * yes/no question, outside `aside` (whom a claim was heard from).
 *
 * @example
 * guessedValues("the call was on friday yeah?", index, tag, { yesNo: true, aside: [] }); // { spans: [{ start: 16, end: 22 }], kinds: ["weekday"] }
 */
export function guessedValues(
  folded: string,
  index: PassageIndex,
  classesOf: () => ReadonlyMap<number, WordClass>,
  { yesNo, aside }: { yesNo: boolean; aside: readonly TextSpan[] },
): GuessedValues {
  const spans: TextSpan[] = [];
  const kinds: AnswerKind[] = [];
  if (ASKS.test(folded)) return { spans, kinds };
  const guess = (match: RegExpMatchArray, kind: AnswerKind) => {
    const value = match.groups?.value ?? match.groups?.after ?? match[0];
    const start = (match.index ?? 0) + match[0].indexOf(value);
    spans.push({ start, end: start + value.length });
    if (!kinds.includes(kind)) kinds.push(kind);
  };
  for (const [pattern, kind] of GUESSES) {
    for (const match of folded.matchAll(pattern)) guess(match, kind);
  }
  // A fragment ("nato troop numbers in poland?") asks about the place; a yes/no question
  // puts it forward. Whom the asker heard from ("someone in gen chat said") names no place.
  for (const match of yesNo ? folded.matchAll(PLACE_AFTER) : []) {
    const word = match.groups?.value ?? "";
    const start = (match.index ?? 0) + match[0].length - word.length;
    if (NOT_A_PLACE.test(word) || aside.some((span) => span.start <= start && start < span.end)) {
      continue;
    }
    const held = analyze(word).some((term) => index.documentFrequency.has(term));
    if (!held && classesOf().get(start) === "name") guess(match, "namedPlace");
  }
  return { spans, kinds };
}
