import { createRequire } from "node:module";
import type compromise from "compromise";
import { wordFrequencyRank } from "./english-words.js";
import { looksLikeName } from "./unknown-names.js";

/**
 * A word in -ing that reads as a verb form ("becoming", "making"), as a regular-expression
 * source: not "during", "anything" or "thing", nor a part of the day ("morning").
 */
export const ING_VERB = "(?!(?:during|\\p{L}*thing|morning|evening|spring)\\b)\\p{L}{2,}ing";

/**
 * compromise, loaded on first use. Its ES module build is some 450 files, which took about
 * 0.9 s to import through tsx; its one-file CommonJS build of the same version loads in about
 * 0.3 s and tags identically.
 */
let nlp: typeof compromise | undefined;

function tagger(): typeof compromise {
  nlp ??= createRequire(import.meta.url)("compromise") as typeof compromise;
  return nlp;
}

/** The coarse word classes the query planner cares about. */
export type WordClass = "name" | "noun" | "verb" | "modifier" | "other";

/**
 * Tags each word of a sentence with its word class, keyed by the word's start offset.
 * Used on questions only (about 1 ms each): a noun the corpus lacks is a topic it does not
 * cover, while a verb or adjective it lacks is usually just the asker's own wording.
 *
 * @example
 * wordClasses("Did the leaders express any hope?").get(16); // "verb" ("express")
 */
export function wordClasses(text: string): Map<number, WordClass> {
  const classes = new Map<number, WordClass>();
  // compromise starts a sentence at every line break and each sentence has a fixed cost, so a
  // question of 150 one-letter lines took 16 ms to tag instead of 2. A question is one
  // sentence whatever its line breaks; spaces keep every offset where it was.
  const line = text.replace(/[\n\r\u2028\u2029]/g, " ");
  const sentences = tagger()(line).json({
    offset: true,
    terms: { offset: true },
  }) as TaggedSentence[];
  for (const sentence of sentences) {
    for (const [i, term] of sentence.terms.entries()) {
      if (term.offset) classes.set(term.offset.start, classInPlace(sentence.terms, i));
    }
  }
  return classes;
}

type TaggedTerm = TaggedSentence["terms"][number];

/**
 * A term's class, with the tagger's slips mended by the words around it: "cut off
 * from swift?" (an adjective ending a phrase after a preposition names a thing),
 * "how did oil prices react" (after an auxiliary, a "verb" followed by a noun and the
 * question's verb is the noun's modifier, a thing), "what did blinken say" (a "verb"
 * between an auxiliary and the verb it carries is its subject) and "did either of them
 * sound optimistic" (a "noun" after a personal pronoun is its verb); and a figure before a unit
 * of time ("in like 4 weeks") is a span of time, not a figure to find as written.
 */
function classInPlace(terms: readonly TaggedTerm[], i: number): WordClass {
  const term = terms[i];
  if (!term) return "other";
  const wordClass = classOf(term.text, new Set(term.tags));
  const [previous, next, after] = [terms[i - 1], terms[i + 1], terms[i + 2]];
  // "off swift one of the sanctions": no noun follows for the word to qualify; "as
  // productive or smth" may be a quality still.
  const endsPhrase =
    !next ||
    /[?!.,;:]/.test(term.post ?? "") ||
    !["Noun", "Adjective", "Adverb", "Conjunction"].some((tag) => next.tags.includes(tag));
  // "in like 4 weeks", "90 mins": a span of time, said in any unit ("a month"), is no
  // figure the articles must hold as written.
  if (wordClass === "name" && /^\d+$/.test(term.text) && TIME_UNIT.test(next?.text ?? "")) {
    return "noun";
  }
  // "come from originally": an adverb ends a phrase as readily as it qualifies.
  const adverb = term.tags.includes("Adverb");
  if (wordClass === "modifier" && !adverb && previous?.tags.includes("Preposition") && endsPhrase) {
    return "noun";
  }
  const modifiesSubject =
    previous?.tags.includes("Auxiliary") &&
    next?.tags.includes("Noun") &&
    !next.tags.includes("Pronoun") &&
    after?.tags.includes("Verb");
  // "what did blinken say": no verb stands between an auxiliary and the verb it carries.
  const carriedVerb = next?.tags.includes("Infinitive") ?? false;
  const auxiliarySubject =
    (previous?.tags.includes("Auxiliary") || AUXILIARY.test(previous?.text ?? "")) && carriedVerb;
  if (wordClass === "noun" && PERSONAL_PRONOUN.test(previous?.text ?? "")) return "verb";
  if (wordClass === "noun" && verbAfterAskedThing(terms, i)) return "verb";
  return wordClass === "verb" && (modifiesSubject || auxiliarySubject) ? "noun" : wordClass;
}

/**
 * "which city hosts the talks": after "which" or "what" and the thing asked about, a plural
 * "noun" that a determiner follows is the thing's verb, as no noun takes "the" after it.
 */
function verbAfterAskedThing(terms: readonly TaggedTerm[], i: number): boolean {
  const [asking, thing, term, next] = [terms[i - 2], terms[i - 1], terms[i], terms[i + 1]];
  return (
    (asking?.tags.includes("QuestionWord") ?? false) &&
    (thing?.tags.includes("Singular") ?? false) &&
    (term?.tags.includes("Plural") ?? false) &&
    (next?.tags.includes("Determiner") ?? false)
  );
}

/** "did either of them sound optimistic": what follows a personal pronoun is its verb. */
const PERSONAL_PRONOUN = /^(?:he|she|they|them|him|we|i)$/i;

/** Units of time, one entry each however it is written ("mins", "hrs"). */
export const TIME_UNITS: readonly string[] = [
  "min(?:ute)?s?",
  "(?:hours?|hrs?)",
  "days?",
  "(?:weeks?|wks?)",
  "months?",
  "(?:years?|yrs?)",
];
const TIME_UNIT = new RegExp(`^(?:${TIME_UNITS.join("|")})$`, "i");
const AUXILIARY = /^(?:did|does|do|will|would|can|could|should|has|have)$/i;

interface TaggedSentence {
  terms: Array<{
    text: string;
    tags: string[];
    post?: string;
    offset?: { start: number; length: number };
  }>;
}

function classOf(text: string, tags: ReadonlySet<string>): WordClass {
  // A year or a figure is as specific as a name: "in 2022" is a topic of its own. An ordinal
  // ("1st") is read as its word ("first"), which is not.
  if (/\d/.test(text) && !/^\d+(?:st|nd|rd|th)$/i.test(text)) return "name";
  // A month or a weekday dates what is asked as a year does: "in June" is a time of its own.
  if (
    tags.has("Month") ||
    tags.has("WeekDay") ||
    tags.has("ProperNoun") ||
    tags.has("Person") ||
    tags.has("Place") ||
    tags.has("Organization")
  ) {
    return "name";
  }
  if (tags.has("Noun")) return "noun";
  if (tags.has("Verb")) return "verb";
  if (tags.has("Adjective") || tags.has("Adverb")) return "modifier";
  return "other";
}

/**
 * Whether the tagger's classes (keyed by start offset) read a word within the span of
 * `length` characters at `start` as a verb.
 *
 * @example
 * hasVerbIn(wordClasses("before things kick off"), 7, 15); // true ("kick")
 */
export function hasVerbIn(
  classes: ReadonlyMap<number, WordClass>,
  start: number,
  length: number,
): boolean {
  for (const [offset, wordClass] of classes) {
    if (offset >= start && offset < start + length && wordClass === "verb") return true;
  }
  return false;
}

/**
 * The tagger guesses a word it does not know from its place: "covid" in "covid vaccines" reads
 * as an adjective, "blinken" in "blinken involved?" as a verb. A word everyday English lacks
 * is rarely either, but a coined term or a name ("covid", "omicron"), a topic of its own;
 * written in lowercase, a name the list lacks ("zelensky") is still a name (see
 * `looksLikeName`).
 */
export function coinedAsNoun(token: { surface: string }, tagged: WordClass | undefined): WordClass {
  const word = token.surface.toLowerCase();
  const unknown = /^\p{L}+$/u.test(word) && wordFrequencyRank(word) === undefined;
  if (unknown && (tagged === "modifier" || tagged === "noun") && looksLikeName(word)) {
    return "name";
  }
  if (unknown && (tagged === "modifier" || tagged === "verb")) return "noun";
  return tagged ?? "other";
}

/** Of several words read as one idea ("Nord Stream"), the most topical class stands. */
export function strongestClass(classes: readonly WordClass[]): WordClass {
  const order: WordClass[] = ["name", "noun", "other", "modifier", "verb"];
  return order.find((c) => classes.includes(c)) ?? "other";
}
