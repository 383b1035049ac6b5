import { analyze, stemWord } from "../text/analyze.js";
import {
  ANSWER_TYPES,
  type AnswerType,
  isPersonTitle,
  OPPOSITE_PAIRS,
  SYNONYM_GROUPS,
} from "../text/lexicon.js";
import { ING_VERB } from "../text/parts-of-speech.js";
import type { AnswerKind } from "./answer-kind-patterns.js";
import { NAMED_PAIR, PAIR_WORDS } from "./named-pair.js";
import { AUXILIARIES, AUXILIARY_OPENING } from "./yes-no-question.js";

/**
 * The synonym groups, analysed once into index terms. A single-term entry is both a trigger
 * and an expansion; a multi-term entry ("press secretary") only triggers its group, since
 * searching its words apart ("press", "secretary") would match unrelated passages.
 */
interface AnalyzedSynonyms {
  /** Term → the single terms it expands to. */
  byTerm: ReadonlyMap<string, readonly string[]>;
  /** Phrase (terms joined by spaces) → the single terms it expands to. */
  byPhrase: ReadonlyMap<string, readonly string[]>;
  /** Longest phrase, in terms. */
  longestPhrase: number;
}

let synonyms: AnalyzedSynonyms | undefined;

export function analyzedSynonyms(): AnalyzedSynonyms {
  synonyms ??= analyzeSynonyms(SYNONYM_GROUPS);
  return synonyms;
}

/** A dotted acronym in a group ("U.S."): a word searched for the group, never a trigger. */
const ACRONYM_TARGET = /^(?:\p{Lu}\.){2,}$/u;

function analyzeSynonyms(groups: readonly (readonly string[])[]): AnalyzedSynonyms {
  const byTerm = new Map<string, Set<string>>();
  const byPhrase = new Map<string, Set<string>>();
  let longestPhrase = 1;
  for (const group of groups) {
    // "U.S." is searched for the group's words but widens nothing itself: a question's "us" is
    // most often the pronoun, and widening "US" in capitals cost more than it gave (README).
    const targets = group.filter((entry) => ACRONYM_TARGET.test(entry));
    const entries = group
      .filter((entry) => !targets.includes(entry))
      .map(analyzeEntry)
      .filter((terms) => terms.length > 0);
    const singles = new Set([
      ...entries.filter((terms) => terms.length === 1).map((t) => t[0] ?? ""),
      ...targets.flatMap((entry) => analyze(entry)),
    ]);
    for (const terms of entries) {
      const key = terms.join(" ");
      const target = terms.length === 1 ? byTerm : byPhrase;
      const expansions = target.get(key) ?? new Set<string>();
      for (const single of singles) if (single !== key) expansions.add(single);
      target.set(key, expansions);
      longestPhrase = Math.max(longestPhrase, terms.length);
    }
  }
  const freeze = (map: Map<string, Set<string>>) =>
    new Map([...map].map(([key, set]) => [key, [...set]] as const));
  return { byTerm: freeze(byTerm), byPhrase: freeze(byPhrase), longestPhrase };
}

/**
 * The terms a synonym-group entry stands for. Plain analysis would lose three kinds of entry:
 * a hyphenated word, a phrasal verb whose particle is a stopword, and a word that is itself a
 * stopword ("describe", "tell"), which questions drop but whose other forms the index holds
 * ("described", "telling").
 */
function analyzeEntry(entry: string): string[] {
  const terms = analyze(entry);
  // "de-escalate" gives its parts and the whole ("deescal"); the whole is the synonym.
  if (/^[a-z]+(?:-[a-z]+)+$/.test(entry)) return terms.slice(-1);
  // "tone down", "step up": without its particle, a stopword, a phrasal verb would be another
  // word ("tone", "step") joining the group. The particle stays, as the word itself.
  const words = entry.split(/\s+/);
  const particle = words.at(-1) ?? "";
  if (words.length > 1 && analyze(particle).length === 0) return [...terms, particle];
  if (terms.length > 0 || !/^[a-z]+$/.test(entry)) return terms;
  // Its stem stands for a stopword entry, unless the stem spells a stopword ("us"), which is
  // marked as no word's own: such an entry has no other forms.
  const stem = stemWord(entry);
  return /^[a-z]+$/.test(stem) ? [stem] : [];
}

let opposites: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * Term → the terms of its opposites, for a yes/no question: "Did they say anything new?" is
 * answered by "as they've done in previous calls".
 *
 * @example
 * isYesNoQuestion("did they say anything new") && analyzedOpposites().get("new"); // ["previous", "old"]
 */
export function analyzedOpposites(): ReadonlyMap<string, readonly string[]> {
  if (!opposites) {
    const byTerm = new Map<string, string[]>();
    const add = (from: string, to: string) => byTerm.set(from, [...(byTerm.get(from) ?? []), to]);
    for (const [one, other] of OPPOSITE_PAIRS) {
      const [a] = analyzeEntry(one);
      const [b] = analyzeEntry(other);
      if (a === undefined || b === undefined) continue;
      add(a, b);
      add(b, a);
    }
    opposites = byTerm;
  }
  return opposites;
}

/** What the question words of a question ask for. */
export interface AnswerTypeCue {
  /** Hint terms typical of the wanted answer. */
  terms: string[];
  /** Character ranges of the asking phrases, whose nouns are not topics to search for. */
  spans: Array<{ start: number; end: number }>;
  /** What a passage must hold to answer fully: a date, a count… */
  kinds: AnswerKind[];
  /**
   * For "how many X": the terms of the words after the asking phrase, one of which a count in
   * the passage must qualify ("two paths" answers "how many paths", "two nations" does not).
   */
  countedTerms: string[];
  /** For "the name of X" or "X's name": X's head word's terms, beside which a name must stand. */
  namedTerms: string[];
  /** Where a pair named after "between" stands ("between dc n moscow"): see `markNamedPair`. */
  pair?: { start: number; end: number };
}

/** Words after "how many" that may name what is counted ("how many Russian troops"). */
const COUNTED_WORDS = 3;

/** The noun phrase after "how many": its words up to the first stopword ("troops are…"). */
function countedTerms(rest: string): string[] {
  const terms: string[] = [];
  for (const word of rest.trim().split(/\s+/).slice(0, COUNTED_WORDS)) {
    const wordTerms = analyze(word);
    if (wordTerms.length === 0) break;
    terms.push(...wordTerms);
  }
  return terms;
}

/** A word that opens a clause after a noun: "the dialogue starting…", "the official quoted…". */
const PARTICIPLE = new RegExp(`^${ING_VERB}$|^\\p{L}{3,}ed$`, "iu");

/**
 * The head word of the noun phrase after "the name of": its last word before the phrase ends
 * ("the senior Biden administration official who briefed…" → "official"), at a stopword or
 * at a participle that opens a clause of its own ("the dialogue starting next year").
 */
function headTerms(rest: string): string[] {
  let head: string[] = [];
  for (const word of rest.trim().split(/\s+/)) {
    const wordTerms = analyze(word);
    if (wordTerms.length === 0 || (head.length > 0 && PARTICIPLE.test(word))) {
      if (head.length > 0) break;
      continue;
    }
    head = wordTerms;
    if (/[,;:?!.]$/.test(word)) break;
  }
  return head;
}

let answerTypes:
  | ReadonlyArray<{ pattern: RegExp; terms: readonly string[]; kind: AnswerType["kind"] }>
  | undefined;

const WH_WORD = /\b(?:what|which|who|whom|whose|when|where|why|how)\b/i;
const CLAUSE_WORD = /^(?:when|where|why|who|whom|whose)$/i;
/**
 * What follows a wh-word that opens a clause before the question: no auxiliary of its own,
 * then the question after a comma ("when the official talks about costs…, which costs does
 * he mean?").
 */
const LEADING_CLAUSE = new RegExp(
  `^\\s+(?!(?:${AUXILIARIES})\\b)[^,?]+,\\s*(?:what|which|who|whom|whose|how|why|where|${AUXILIARIES})\\b`,
  "i",
);

/** "When making choices", "when asked": a clause of circumstance, not a question of time. */
const VERB_WITHOUT_SUBJECT = new RegExp(`^\\s+(?:${ING_VERB}|asked|pressed|questioned)\\b`, "iu");

/** A yes/no question without its auxiliary: "any promise…". */
const ANY_OPENING = /^\W*(?:(?:so|and|but)\s+)?any\b/i;
/** "did Psaki say when…", "any word on when…": a yes/no question that asks when, indirectly. */
const ASKS_WHEN_INDIRECTLY =
  /\b(?:say|said|says|know|knew|tell|told|mention|mentioned|announce|announced|indicate|indicated|specify|specified|decide|decided|clear|idea|word|sure|ask|asked|state|stated|hint|hinted|reveal|revealed|confirm|confirmed|explain|explained|on|about|as\s+to)\s*$/i;

/**
 * "Where was Biden when he took the call?" asks where, not when: a bare wh-word after the
 * question's own opens a clause of it ("when he took the call", "the official who spoke"),
 * unless it asks a second question ("where and when"). One before the question's own opens
 * a clause when no auxiliary follows it and the question comes after a comma (see
 * `LEADING_CLAUSE`).
 */
function opensSubordinateClause(question: string, start: number, asked: string): boolean {
  if (!CLAUSE_WORD.test(asked)) return false;
  if (/^when$/i.test(asked) && VERB_WITHOUT_SUBJECT.test(question.slice(start + asked.length))) {
    return true;
  }
  const before = question.slice(0, start);
  const asksAgain = /(?:\b(?:and|or)|,)\s*$/i.test(before);
  // "any promise allies get a seat when their worries come up?": a yes/no question's "when"
  // says in what case, unless it asks the time of something said or known.
  if (/^when$/i.test(asked) && (AUXILIARY_OPENING.test(before) || ANY_OPENING.test(before))) {
    return !asksAgain && !ASKS_WHEN_INDIRECTLY.test(before);
  }
  if (WH_WORD.test(before)) return !asksAgain;
  return LEADING_CLAUSE.test(question.slice(start + asked.length));
}

/** "The Russian leader's name": the owner, and where "name" stands. */
const OWNER_OF_NAME = /\b([\p{L}-]+)['’]s\s+(names?)\b/iu;
/**
 * "Who's the American leader?", "who is the senior official": who holds a role, asked as
 * the whole question, is asked by name. "Who's Psaki?" asks the role, and names no title;
 * "who is the official who briefed reporters" ends on a clause, not on the role.
 */
const WHO_IS_TITLE =
  /^\W*(who(?:['’]s|\s+is|\s+was|\s+were|\s+are))\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:who|that|which|whom)\b)[\p{L}.'’-]+\s+){0,4}?([\p{L}-]+)\W*$/iu;

/**
 * Whose name a question asks for in words other than "the name of": "what's the Russian
 * leader's name". The span is the word "name", which asks and is no idea to search for.
 */
function personNamed(
  question: string,
): { terms: string[]; span: { start: number; end: number } } | undefined {
  const who = WHO_IS_TITLE.exec(question);
  if (who?.[2] && isPersonTitle(who[2])) {
    return {
      terms: analyze(who[2]),
      span: { start: who.index, end: who.index + (who[1] ?? "").length },
    };
  }
  const owner = OWNER_OF_NAME.exec(question);
  const ownerTerms = analyze(owner?.[1] ?? "");
  if (!owner || ownerTerms.length === 0) return undefined;
  const end = owner.index + owner[0].length;
  return { terms: ownerTerms, span: { start: end - (owner[2] ?? "").length, end } };
}

/** An emphasis may stand inside an asking phrase: "what's actually driving", "how long exactly". */
const BETWEEN_ASKING_WORDS = "\\s+(?:(?:actually|really|even|exactly|just|truly|precisely)\\s+)?";

let pairTerms: string[] | undefined;

/** Finds "when", "what date", "which side"… in a (folded) question. */
export function answerTypeCue(question: string): AnswerTypeCue {
  answerTypes ??= ANSWER_TYPES.map((type) => ({
    pattern: new RegExp(
      `\\b(?:${type.ask.map((a) => a.replace(/ /g, BETWEEN_ASKING_WORDS)).join("|")})\\b`,
      "gi",
    ),
    terms: [...new Set(type.hints.flatMap((word) => analyze(word)))],
    kind: type.kind,
  }));
  const found = answerTypes.map((type) =>
    [...question.matchAll(type.pattern)]
      .filter((m) => !opensSubordinateClause(question, m.index ?? 0, m[0]))
      .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })),
  );
  // An asking phrase within a longer one asks nothing of its own: "in how long" asks within
  // what span, not how long something took.
  const within = (span: { start: number; end: number }) =>
    found.some((spans) =>
      spans.some(
        (other) =>
          other.end - other.start > span.end - span.start &&
          other.start <= span.start &&
          other.end >= span.end,
      ),
    );
  const cue: AnswerTypeCue = { terms: [], spans: [], kinds: [], countedTerms: [], namedTerms: [] };
  const pair = NAMED_PAIR.exec(question);
  if (pair) {
    pairTerms ??= analyze(PAIR_WORDS);
    cue.terms.push(...pairTerms);
    cue.pair = { start: pair.index, end: pair.index + pair[0].length };
  }
  // "Tension between who and who?" asks for the pair, not for a person.
  const inPair = (span: { start: number; end: number }) =>
    cue.pair !== undefined && span.start >= cue.pair.start && span.end <= cue.pair.end;
  const named = personNamed(question);
  if (named) {
    cue.kinds.push("name");
    cue.namedTerms.push(...named.terms);
    cue.spans.push(named.span);
  }
  for (const [i, type] of answerTypes.entries()) {
    const spans = (found[i] ?? []).filter((span) => !within(span) && !inPair(span));
    if (spans.length === 0) continue;
    cue.terms.push(...type.terms);
    if (type.kind) cue.kinds.push(type.kind);
    for (const span of spans) {
      cue.spans.push(span);
      if (type.kind === "count") cue.countedTerms.push(...countedTerms(question.slice(span.end)));
      if (type.kind === "name") cue.namedTerms.push(...headTerms(question.slice(span.end)));
    }
  }
  return cue;
}
