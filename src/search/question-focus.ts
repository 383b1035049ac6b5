import type { Concept } from "./query-plan.js";

/**
 * The thing a "what X" or "which X" question asks about: "which Russian banks would be hit"
 * asks about banks, "what job did Psaki have" about a job. When the articles never mention
 * such a thing, not even by a synonym, they cannot answer, however well the rest matches.
 */

/** Words that end the noun phrase after "what"/"which": an auxiliary or a preposition. */
const PHRASE_END = new Set([
  "did",
  "does",
  "do",
  "was",
  "were",
  "is",
  "are",
  // Chat's "are": "what r the costs".
  "r",
  "will",
  "would",
  "has",
  "have",
  "had",
  "can",
  "could",
  "should",
  "might",
  "may",
  "about",
  "of",
  "for",
  "on",
  "in",
  "regarding",
  "to",
]);
/** Words after "what" that show it does not open a noun phrase ("what the…", "what else"). */
const NOT_A_NOUN_PHRASE = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "else",
  "if",
]);
/** "What exactly are…": words between "what" and the rest of its phrase. */
const ADVERBS = new Set(["exactly", "specifically", "precisely", "really", "actually"]);
/** "the costs", "Russia's demands": what opens the noun phrase after "what are". */
const DETERMINER = /^(?:the|these|those|this|its|their|his|her|our|[\p{L}-]+['’]s?)$/u;
/** "What are the…", "what would the…": the noun phrase comes after "the". */
const COPULAS = new Set(["is", "are", "r", "was", "were", "would", "will"]);
const RELATIVES = new Set(["that", "which", "who", "whom"]);
/**
 * Where a clause with no relative pronoun starts after the noun phrase: "what are these costs
 * the us keeps mentioning", "what's the thing everyone is posting about".
 */
const CLAUSE_SUBJECTS = new Set([
  "the",
  "a",
  "an",
  "everyone",
  "everybody",
  "people",
  "ppl",
  "folks",
  "they",
  "we",
  "you",
]);
/** Most words in the noun phrase after "what are the" ("the Strategic Stability Dialogue"). */
const THE_PHRASE_WORDS = 3;
/**
 * Nouns that name the kind of answer rather than a topic ("what kind of", "what words did
 * they use", "which event"): the answer is a thing of that kind under its own name.
 */
const ANSWER_NOUNS = new Set([
  "kind",
  "kinds",
  "type",
  "types",
  "sort",
  "sorts",
  "thing",
  "things",
  "word",
  "words",
  "adjective",
  "adjectives",
  "outcome",
  "result",
  "term",
  "terms",
  "phrase",
  "phrases",
  "event",
  "events",
  "episode",
  "incident",
  "example",
  "topic",
  "topics",
  "subject",
  "part",
  "aspect",
  "name",
  "extent",
  "degree",
  "line",
  "message",
  // "what assurance did the official give": what was promised, under its own words.
  ...["assurance", "assurances", "promise", "promises", "pledge", "pledges", "vow", "vows"],
]);
/** "What kind of X": the question is about X. */
const KINDS = new Set(["kind", "kinds", "type", "types", "sort", "sorts"]);
/** Most words between "what" and the end of its noun phrase ("what specific security guarantees"). */
const PHRASE_WORDS = 4;

/**
 * A question's words, each word's lower case by its place, and whether punctuation stands
 * between a word and the one before it: what both phrase readers below walk over. A dash
 * standing apart ("Russia's demands — no NATO expansion?") is punctuation, not a word.
 */
function questionWords(question: string) {
  const words = [...question.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  const lower = (at: number) => words[at]?.[0].toLowerCase() ?? "";
  const punctuatedBefore = (at: number) => {
    const previous = words[at - 1];
    const from = (previous?.index ?? 0) + (previous?.[0].length ?? 0);
    return /[,;:?!.\u2013\u2014]|(?:^|\s)-(?:\s|$)/.test(question.slice(from, words[at]?.index));
  };
  return { words, lower, punctuatedBefore };
}

/**
 * The head noun of the phrase after "what", "which" or "whose", when the phrase ends before
 * an auxiliary or a preposition: its start offset, and whether it names the kind of answer
 * rather than a thing asked about. A thing asked about is the question's focus ("which
 * Russian banks"); a noun naming the kind of answer ("what two adjectives did officials
 * use", "which event") is no word to search for, since the answer is a thing of that kind
 * under its own name.
 *
 * @example
 * whatPhraseHead("Which Russian banks would be hit?"); // { start: 14, namesAnswerKind: false } ("banks")
 * whatPhraseHead("What words did officials use?");     // { start: 5, namesAnswerKind: true }
 * whatPhraseHead("What did Putin threaten?");          // undefined
 */
export function whatPhraseHead(
  question: string,
): { start: number; namesAnswerKind: boolean } | undefined {
  const { words, lower, punctuatedBefore } = questionWords(question);
  // A phrase ends before a preposition, a relative pronoun, punctuation or the question's end.
  const endsBefore = (at: number) =>
    at >= words.length ||
    PHRASE_END.has(lower(at)) ||
    RELATIVES.has(lower(at)) ||
    ADVERBS.has(lower(at)) ||
    punctuatedBefore(at);
  for (const [w, match] of words.entries()) {
    if (!/^(?:what|which|whose)$/i.test(match[0])) continue;
    let i = w;
    while (ADVERBS.has(lower(i + 1))) i++;
    // "What are the costs that…", "what exactly are Russia's demands, like…": the phrase
    // after "the" or a possessive.
    if (COPULAS.has(lower(i + 1)) && DETERMINER.test(lower(i + 2))) {
      for (let j = i + 4; j <= i + 3 + THE_PHRASE_WORDS; j++) {
        if (!endsBefore(j) && !CLAUSE_SUBJECTS.has(lower(j))) continue;
        const head = words[j - 1];
        return head && { start: head.index, namesAnswerKind: ANSWER_NOUNS.has(lower(j - 1)) };
      }
      return undefined;
    }
    // "what words officials used", "what adjective the kremlin guy used": a noun naming the
    // kind of answer heads the phrase though no auxiliary ends it ("what kind of X" is X).
    const first = lower(i + 1);
    if (ANSWER_NOUNS.has(first) && !KINDS.has(first)) {
      const head = words[i + 1];
      return head && { start: head.index, namesAnswerKind: true };
    }
    for (let j = i + 1; j <= i + PHRASE_WORDS && j < words.length; j++) {
      const word = lower(j);
      if (j === i + 1 && (PHRASE_END.has(word) || NOT_A_NOUN_PHRASE.has(word))) break;
      if (!PHRASE_END.has(word)) continue;
      const head = words[j - 1];
      // "What kind of costs…" asks about costs.
      if (head && KINDS.has(lower(j - 1)) && word === "of") {
        const thing = words[j + 1];
        return thing && { start: thing.index, namesAnswerKind: ANSWER_NOUNS.has(lower(j + 1)) };
      }
      if (!head) break;
      return { start: head.index, namesAnswerKind: ANSWER_NOUNS.has(lower(j - 1)) };
    }
    return undefined;
  }
  return undefined;
}

/** Auxiliaries between "who" and its verb: "who will lead", "who did the translating". */
const WHO_AUXILIARIES = new Set([
  ...["will", "would", "did", "does", "do", "is", "was", "has", "had"],
  // "who is going to lead the delegation", "who's gonna head the team"
  ...["going", "to", "gonna"],
]);
/** Words that open what was done: "led the delegation", "did the translating". */
const OBJECT_OPENERS = new Set(["the", "a", "an", "its", "his", "her", "their", "this", "that"]);
/** Prepositions that end what was done: "with the allies", "at the Geneva talks". */
const CIRCUMSTANCE = new Set(["at", "with", "from", "during", "after", "before", "by", "near"]);
/** Of those and of `PHRASE_END`, the ones that say where or when: "at the talks on Jan. 10". */
const WHERE_OR_WHEN = new Set(["at", "on", "in", "during", "after", "before", "near", "from"]);

/** What a "who" question says was done: where its head noun starts, and where or when, if said. */
export interface DoneThing {
  start: number;
  /** Where the words saying where or when it was done start ("at the Geneva talks"). */
  circumstances?: number;
}

/**
 * The head noun of what a "who" question says was done ("who led the American delegation",
 * "who will head the team at the meeting"): the last word before a preposition, a relative
 * or the end, at most `PHRASE_WORDS` words after the verb and its article. It is the thing
 * asked about, as "delegation" is in "which delegation": a sentence on the meeting's place
 * and date, without it, does not say who led it.
 *
 * @example
 * whoPhraseHead("Who led the American delegation at the Geneva talks?"); // { start: 21, circumstances: 32 }
 * whoPhraseHead("Who asked for the call?");                              // undefined
 */
export function whoPhraseHead(question: string): DoneThing | undefined {
  const { words, lower, punctuatedBefore } = questionWords(question);
  const at = words.findIndex((match) => /^who(?:['’]?s)?$/i.test(match[0]));
  if (at < 0) return undefined;
  let verb = at + 1;
  // "Who did the translating", "who is the ambassador": the auxiliary is the verb itself.
  while (WHO_AUXILIARIES.has(lower(verb)) && !OBJECT_OPENERS.has(lower(verb + 1))) verb++;
  // Without an article after the verb, what follows is as often an adverb ("who spoke first").
  if (!OBJECT_OPENERS.has(lower(verb + 1))) return undefined;
  for (let j = verb + 1; j <= verb + PHRASE_WORDS + 1; j++) {
    const word = words[j];
    const ends =
      !word ||
      PHRASE_END.has(lower(j)) ||
      CIRCUMSTANCE.has(lower(j)) ||
      RELATIVES.has(lower(j)) ||
      punctuatedBefore(j);
    if (!ends) continue;
    const head = words[j - 1];
    if (j - 1 <= verb || !head) return undefined;
    const circumstances = word && WHERE_OR_WHEN.has(lower(j)) ? word.index : undefined;
    return circumstances === undefined
      ? { start: head.index }
      : { start: head.index, circumstances };
  }
  return undefined;
}

/** "How did the markets react", "did congress pass…": an auxiliary, then its subject. */
const SUBJECT_AFTER_AUXILIARY =
  /^\W*(?:so\s+|and\s+)?(?:(?:how|what|why)\s+)?(?:did|does|do|has|have|will|would)\s+(?:the\s+)?(\p{L}+)(?=\s+\p{L})/iu;

/**
 * Where the one-word subject of a question asking what something did starts: "how did the
 * markets react", "what did congress do", "did the senate pass new sanctions". The question is
 * about that subject, as a "which X" question is about X; when the articles never mention it,
 * it counts as a missing focus does.
 *
 * @example
 * subjectAskedOf("How did the markets react to the call?"); // 12 (where "markets" starts)
 */
export function subjectAskedOf(question: string): number | undefined {
  const match = SUBJECT_AFTER_AUXILIARY.exec(question);
  return match ? match.index + match[0].length - (match[1]?.length ?? 0) : undefined;
}

/**
 * Whether the question asks for a plural thing it names in detail ("what exactly are
 * Russia's demands", "which specific sanctions"): then a sentence that only names them does
 * not answer, one that lists them does. "What was his threat exactly" is answered by the one
 * threat, said in any words.
 *
 * @example
 * asksForListOf("What specific sanctions did the US impose?", plan.concepts); // true
 */
export function asksForListOf(question: string, concepts: readonly Concept[]): boolean {
  return (
    /\b(?:exactly|specific|specifically|precisely|in detail)\b/i.test(question) &&
    concepts.some((c) => c.focus && c.inCorpus && /[^s]s$/i.test(c.surface))
  );
}

/**
 * The thing a "which X" question asks about counts more again when the articles never
 * mention it: "Which Russian banks would be hit by sanctions?" is not answered by a sentence
 * on sanctions. Not a hard refusal, as for a missing name: "What measures would the US take?"
 * is answered in other words.
 */
const MISSING_FOCUS_IMPORTANCE = 2;

/** Marks the concept that is the question's focus, and weighs it as such. */
export function markFocus(made: Concept): void {
  made.focus = true;
  if (!made.inCorpus && (made.wordClass === "noun" || made.wordClass === "name")) {
    made.importance *= MISSING_FOCUS_IMPORTANCE;
  }
}
