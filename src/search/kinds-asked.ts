import type { WordClass } from "../text/parts-of-speech.js";
import type { AnswerKind } from "./answer-kind-patterns.js";
import { asksAboutEarlierEvent } from "./earlier-event.js";
import type { Concept } from "./query-plan.js";
import { asksForListOf } from "./question-focus.js";
import { holdsReportingVerb } from "./speaker.js";

/**
 * "Is this the first time Biden said progress needs calm?" asks whether he said it before:
 * "Biden reiterated…" answers it, though it holds no ordinal. "Was this the first call?"
 * asks about calls, which "reiterated" does not count.
 */
function asksIfSaidBefore(question: string): boolean {
  const after = /\bfirst\s+time\b(.*)$/i.exec(question)?.[1];
  return after !== undefined && holdsReportingVerb(after);
}

/**
 * "Where is the path supposed to end up?", "which way the US ends up going": where something
 * is meant to go or goes in general, not what came of an event. A plan or a condition answers.
 */
const EXPECTED_COURSE =
  /\b(?:(?:supposed|meant|expected|likely|going|set)\s+to\s+(?:end\s+up|turn\s+out)|(?:ends|turns)\s+(?:up|out))\b/i;

/**
 * "For the first time, or repeating himself?", "…or have they said it before?": a question
 * that names the repeat itself has it among its ideas, and a sentence saying "reiterated" or
 * "as we've laid out previously" answers it without an ordinal.
 */
const NAMES_REPEAT =
  /\b(?:again|anew|repeat(?:s|ed|ing)?|reiterat\p{L}*|before|previously|already)\b/iu;

/**
 * "Deterrence kicks in when?", "when would the penalties hit": when a consequence comes is the
 * case that brings it ("should Russia choose to proceed…"), not a date. "When did the
 * sanctions hit" asks a date.
 */
const WHEN_CONSEQUENCE =
  /\bwhen\b(?!\s+(?:did|was|were|had)\b)(?:\s+[\p{L}']+){0,6}?\s+(?:kicks?\s+in|hits?|applies|apply|takes?\s+effect)\b|\b(?:kicks?\s+in|hits?|applies|apply|takes?\s+effect)\s+when\b/iu;

/**
 * "What happens if Russia goes in?", "Moscow pulls back, then what?", "what if they choose
 * diplomacy", "what will the US do if…", "what does Russia risk if…", "if Russia invades,
 * what…": what follows a case the asker supposes. "Suppose" alone may ask what the case asks
 * of someone ("suppose putin goes with diplomacy, what would russia have to do").
 */
const ASKS_CONSEQUENCE =
  /\bwhat\s+(?:(?:will|would|could)\s+)?happens?\s+(?:to\s+[\p{L}\s]{1,30}?\s+)?(?:if|when|once|should|in case)\b|\bwhat\s+if\b|\bthen\s+what\b|\bwhat\s+(?:will|would|does|do|is|are)\b.{1,40}\b(?:do|get|happen|risk|face|lose|suffer|pay)\s+(?:if|when|once|should|in case)\b|^\W*(?:so\s+|and\s+)?(?:if|in case|should)\b[^?]{3,80}?,?\s+what\b/iu;

/** "What's got to happen" asks a condition; "what's got them so tense" asks a cause. */
const MUST = /\bwhat(?:['’]?s|\s+has)?\s+got\s+to\b/i;

/**
 * "How did the Geneva meeting (actually) go?" asks how it turned out; "how did the US want
 * the talks to go?" asks what was wanted of them.
 */
const HOW_IT_WENT = /^\W*(?:so\s+|and\s+)?how\s+(?:did|has|have)\b.*(?<!\bto\s+)\b(?:go|gone)\W*$/i;

/**
 * "What was the call even about?", "what were they talking about": the topic, asked last,
 * perhaps narrowed after it ("…even about, like which country"), or in a statement's order
 * ("call was about which country").
 */
const ASKS_TOPIC =
  /^\W*(?:so\s+)?(?:what|which)\b.*\babout\W*(?:(?:like\s+)?(?:what|which)\s+\p{L}+\W*)?$|\b(?:was|is|were|are)\s+(?:it\s+)?about\s+(?:what|which)\b/iu;

/**
 * "What does OSCE mean?", "meaning of NATO", "whats the OSCE", "full name of the OSCE?": the
 * meaning of a word in capitals is what it stands for. Asked of a lowercase word ("what does
 * engagement mean") it is not.
 */
const ASKS_MEANING =
  /\bwhat\s+(?:does|do|did|is)\s+(?:the\s+)?([\p{L}\d&-]+)\s+(?:mean|stand)|\b(?:meaning|full\s+name)\s+of\s+(?:the\s+)?([\p{L}\d&-]+)|([\p{L}\d&-]+)\s+(?:meaning|full\s+name)\b|^\W*(?:so\s+)?(?:what|wat)(?:\s+is|\s+are|'s|’s|s)?\s+(?:the\s+|an?\s+)?([\p{L}\d&-]+)\W*$/iu;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]+$/u;

function asksWhatAcronymMeans(question: string): boolean {
  const match = ASKS_MEANING.exec(question);
  const word = match?.[1] ?? match?.[2] ?? match?.[3] ?? match?.[4];
  return word !== undefined && ACRONYM.test(word);
}

/**
 * The kinds of answer a question asks for: those its asking phrases name ("when" → a date),
 * an earlier event ("their previous call"), a place in a sentence naming X for "where was
 * X" (`whereabouts` holds X's terms), and a list when it asks for a plural thing in detail
 * ("what exactly are the demands").
 *
 * @example
 * kindsAsked("When was their previous call?", false, ["date"], concepts); // ["date", "earlier"]
 */
export function kindsAsked(
  question: string,
  yesNo: boolean,
  phraseKinds: readonly AnswerKind[],
  concepts: readonly Concept[],
  whereabouts: readonly string[] = [],
  classesOf?: () => ReadonlyMap<number, WordClass>,
): AnswerKind[] {
  const asksTopic = ASKS_TOPIC.test(question);
  const howItWent = HOW_IT_WENT.test(question) && !phraseKinds.includes("outcome");
  return [
    ...(howItWent ? (["outcome"] as const) : []),
    ...phraseKinds
      .map((kind) => (kind === "frequency" && asksIfSaidBefore(question) ? "restated" : kind))
      .filter(
        (kind) =>
          (kind !== "outcome" || !EXPECTED_COURSE.test(question)) &&
          // "Which country was the call about?": a topic, said "regarding Ukraine", not "in".
          (kind !== "place" || !asksTopic) &&
          ((kind !== "frequency" && kind !== "restated") || !NAMES_REPEAT.test(question)) &&
          (kind !== "cause" || !MUST.test(question)) &&
          (kind !== "date" || !WHEN_CONSEQUENCE.test(question)),
      ),
    ...(whereabouts.length > 0 ? (["whereabouts"] as const) : []),
    ...(asksAboutEarlierEvent(question, yesNo, classesOf) ? (["earlier"] as const) : []),
    ...(asksForListOf(question, concepts) ? (["spelledOut"] as const) : []),
    ...(asksTopic ? (["topic"] as const) : []),
    ...(ASKS_CONSEQUENCE.test(question) ? (["consequence"] as const) : []),
    ...(asksWhatAcronymMeans(question) && !phraseKinds.includes("acronym")
      ? (["acronym"] as const)
      : []),
  ];
}
