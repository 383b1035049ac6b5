import { analyzeTokens } from "../text/analyze.js";
import { hasVerbIn, ING_VERB, type WordClass, wordClasses } from "../text/parts-of-speech.js";
import type { Concept } from "./query-plan.js";

/**
 * Words that put a question in time to come: "will", "gonna", "going to", "plan to", and the
 * present progressive, which chat uses for what is arranged ("who's the US checking in with
 * before the talks").
 */
const TO_COME =
  /\b(?:will|gonna|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|about\s+to)\b|'ll\b|(?:\b(?:is|are|am)|'s|'re|'m)\s+(?:\p{L}+\s+){0,3}?\p{L}+ing\b/iu;

/** Words that put what they qualify before, in a question of any shape: "the previous call". */
const PLAINLY_EARLIER = /\b(?:previous|earlier|prior)\b/iu;

/** "before becoming", not "before anything is discussed" or "before the morning". */
const BEFORE_DOING = new RegExp(`\\bbefore\\s+${ING_VERB}\\b`, "iu");

/**
 * Things an ordinal picks out of a list or a set, not events: "the first option", "the first
 * diplomatic step".
 */
const PICKED =
  "options?|paths?|routes?|tracks?|roads?|choices?|scenarios?|articles?|pieces?|stor(?:y|ies)|reports?|sources?|outlets?|paragraphs?|sentences?|points?|parts?|steps?|ones?|things?|items?";

/** An ordinal a question may offer as the other choice to "first": "first or second?". */
const ORDINAL_WORD = "(?:second|third|fourth|fifth|2nd|3rd|4th|5th|last|only)";

/**
 * "the first of the two paths", "under the first option", "the first article" pick one of
 * several, not an earlier one; "first or second?" asks which this one was, and "before or
 * after?" when, against the event asked about.
 */
const NOT_EARLIER = new RegExp(
  `\\b(?:in the first place|first name|first of|at first|at last|first\\s+(?:[a-z]+\\s+)?(?:${PICKED})|first\\s+or\\s+${ORDINAL_WORD}|${ORDINAL_WORD}\\s+or\\s+(?:the\\s+)?first|before\\s+or\\s+after|after\\s+or\\s+before)\\b`,
  "gi",
);

/**
 * A question about an earlier event ("the previous call", "their first meeting", "when did
 * they last meet"), unless it asks whether this one is the first ("Was this the first call?")
 * or uses the words in another sense ("in the first place", "how long did it last").
 *
 * @example
 * asksAboutEarlierEvent("When did Biden and Putin last meet?"); // true
 * asksAboutEarlierEvent("How long did the call last?");         // false
 */
export function asksAboutEarlierEvent(
  question: string,
  yesNo: boolean,
  classesOf: () => ReadonlyMap<number, WordClass> = () => wordClasses(question),
): boolean {
  // "did they talk before this?" asks whether there was an earlier one.
  // "did they meet earlier in 2021?" too; "was this the first call?" asks about this one.
  if (yesNo) {
    return (
      /\b(?:before|b4)\s+(?:this|that|now|then)(?:\s+\p{L}+)?\W*$/iu.test(question) ||
      PLAINLY_EARLIER.test(question)
    );
  }
  // Spaces keep every word at its offset, where the tagger's classes are keyed.
  const words = question.replace(NOT_EARLIER, (m) => " ".repeat(m.length));
  // "Who spoke first?", "who called first — Moscow or Washington?": "first" ending a clause
  // asks about order within this event, not about an earlier one.
  if (PLAINLY_EARLIER.test(words) || /\bfirst\b(?!\s*(?:$|[^\p{L}\p{N}\s]))/iu.test(words))
    return true;
  // "before becoming press secretary", "before press secretary?": an earlier time of the
  // asker's choosing; "before real headway is possible" and "before things kick off", with a
  // verb of their own, are a condition or what is still to come.
  // In a question about what is to come ("who will he check with before making calls"),
  // "before" is earlier only than that.
  if (!TO_COME.test(words)) {
    if (BEFORE_DOING.test(words)) return true;
    const span = /\bbefore\s+((?:\p{L}+\s+){0,2}\p{L}+)\W*$/diu.exec(words)?.indices?.[1];
    if (span && !hasVerbIn(classesOf(), span[0], span[1] - span[0])) return true;
  }
  // "last" before a word that is not a preposition: "last meet", "the last call".
  return (
    !/\bhow\s+long\b/i.test(words) &&
    /\blast\s+(?!(?:on|in|at|for|about|around|over|until|till|through|with|and|or|but|so|long)\b)\p{L}/iu.test(
      words,
    )
  );
}

/** Words that speak of something before: "previous calls", "preceded the takeover". */
const EARLIER = "previous(?:ly)?|earlier|prior|preced(?:e|ed|es|ing)|first|ago|former(?:ly)?";
/** "last week", "last month": "last" speaks of before only with a span of time. */
const SPAN = "week|month|year|time";
/**
 * Whether a text holds a word that speaks of something before, anywhere: the cheap test that
 * spares most sentences being read word by word. A bare "before" says as often what is still
 * to come ("they meet next week, before the harvest").
 */
export const MENTIONS_EARLIER = new RegExp(
  `\\b(?:${EARLIER}|in the past|last\\s+(?:${SPAN}))\\b`,
  "i",
);
const EARLIER_WORD = new RegExp(`^(?:${EARLIER}|past)$`, "i");
const LAST_SPAN = new RegExp(`^(?:${SPAN})$`, "i");
/** Words either side of an earlier-word within which what it qualifies must stand. */
const EARLIER_REACH = 4;

/**
 * Whether a sentence speaks of the asked thing as earlier: an earlier-word beside one of the
 * question's other words. "the troop buildup that preceded the takeover of Crimea in 2014"
 * speaks of an earlier buildup, not of an earlier phone call, though it holds "second phone
 * contact" and a year.
 *
 * @example
 * speaksOfEarlier("as they've done in previous calls", ["call"]); // true
 * speaksOfEarlier("This was their second call, amid a buildup that preceded the takeover.", ["call"]); // false
 */
export function speaksOfEarlier(text: string, nearTerms: readonly string[]): boolean {
  const near = new Set(nearTerms);
  const tokens = analyzeTokens(text);
  return tokens.some((token, i) => {
    const earlier =
      EARLIER_WORD.test(token.surface) ||
      (/^last$/i.test(token.surface) && LAST_SPAN.test(tokens[i + 1]?.surface ?? ""));
    if (!earlier) return false;
    return tokens
      .slice(Math.max(0, i - EARLIER_REACH), i + EARLIER_REACH + 1)
      .some((other) => other !== token && other.terms.some((term) => near.has(term)));
  });
}

/** The terms of the question's ideas other than the earlier-words themselves ("previous"). */
export function earlierEventTerms(concepts: readonly Concept[]): string[] {
  return concepts
    .filter(
      (c) =>
        !c.weak &&
        !c.surface.split(/\s+/).every((word) => EARLIER_WORD.test(word) || /^last$/i.test(word)),
    )
    .flatMap((c) => c.terms.map((term) => term.term));
}
