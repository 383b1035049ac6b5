import { readFileSync } from "node:fs";
import type { AnswerKind } from "../search/answer-kind-patterns.js";

/**
 * The word lists the analyser and the query planner share, kept as JSON data beside this file
 * so they can be read and extended without touching code.
 */
function readLexicon<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./lexicon/${name}`, import.meta.url), "utf8")) as T;
}

const stopwordData = readLexicon<{ stopwords: string[]; weak: string[] }>("stopwords.json");
const formData = readLexicon<{ forms: string[][]; apart: string[][] }>("word-forms.json");
const titleData = readLexicon<{ titles: string[] }>("person-titles.json");
const reportingData = readLexicon<{ verbs: string[] }>("reporting-verbs.json");
/** A kind of answer ("a date") and the ways a question asks for it ("when", "what date"). */
export interface AnswerType {
  ask: string[];
  hints: string[];
  /** What a passage must hold to answer fully ("when" → a date); see `holdsAnswerKind`. */
  kind?: AnswerKind;
}

const synonymData = readLexicon<{
  groups: string[][];
  opposites: Array<[string, string]>;
  answerTypes: AnswerType[];
}>("synonyms.json");

export const STOPWORDS: ReadonlySet<string> = new Set(stopwordData.stopwords);
/** Words kept in the index but weighed lightly in questions ("say", "happen"). */
export const WEAK_WORDS: ReadonlySet<string> = new Set(stopwordData.weak);

/** Words that name a person by role ("counterpart", "secretary"), as written. */
export const PERSON_TITLES: readonly string[] = titleData.titles;

const TITLES: ReadonlySet<string> = new Set(PERSON_TITLES);

/** "adviser", "Ambassadors": a word, or its plural, that names a person by role. */
export function isPersonTitle(word: string): boolean {
  // "the Kremlin spokesman's name": a possessive names the same person.
  const lower = word.toLowerCase().replace(/['’]s?$/, "");
  return TITLES.has(lower) || TITLES.has(lower.replace(/s$/, ""));
}

/** Verbs that report what someone said ("insist", "tell"), as written; see speaker.ts. */
export const REPORTING_VERBS: readonly string[] = reportingData.verbs;

/** Irregular form → the base word it is indexed under ("said" → "say"). */
export const BASE_FORM: ReadonlyMap<string, string> = new Map(
  [...formData.forms, ...formData.apart].flatMap(([base, ...forms]) =>
    forms.map((form) => [form, base ?? form] as const),
  ),
);

/** Words indexed whole, not stemmed: the stemmer would join them to a word of another sense. */
export const UNSTEMMED: ReadonlySet<string> = new Set(
  formData.apart.flatMap(([base]) => (base === undefined ? [] : [base])),
);

/** Groups of interchangeable words and phrases, as written (not yet analysed). */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = synonymData.groups;

/** Pairs of opposites ("new", "previous"), which answer a yes/no question alike. */
export const OPPOSITE_PAIRS: ReadonlyArray<readonly [string, string]> = synonymData.opposites;

export const ANSWER_TYPES: readonly AnswerType[] = synonymData.answerTypes;

/** Idioms and the plain words a question is read with in their place ("behind their backs"). */
export const IDIOMS: ReadonlyArray<readonly [string, string]> = readLexicon<{
  idioms: Array<[string, string]>;
}>("idioms.json").idioms;
