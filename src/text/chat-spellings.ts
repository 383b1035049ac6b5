/*
 * Chat spells its small words short: "wat day was the call", "y are tensions so high",
 * "who asked 4 the call". Stopwords drop them from the search either way, but what kind of
 * answer a question asks for ("how long": a duration; "why": a cause) is read from its
 * question words, and "4" would be searched as a figure.
 */

/**
 * Before a determiner, a pronoun or a name, "4" and "2" are words, not figures: "4 the call",
 * "help 4 kyiv", "talk 2 putin". Before a plural or a unit they count: "4 weeks", "2 paths".
 */
const BEFORE_A_WORD =
  "(?=\\s+(?:the|a|an|this|that|these|those|my|your|his|her|its|our|their|me|him|us|them|it|(?!(?:or|and|to|of|in|on|at|by|per|than|more|less|out|hundred|thousand|million|billion|dozen|percent|pm|am|year|yr|month|week|wk|day|hour|hr|minute|min|mo)\\b)\\p{L}+(?<!s))\\b)";

/**
 * After a word that numbers what follows, "4" and "2" are figures: "round 2 this month",
 * "part 2 of the story", "option 2 is".
 */
const NOT_NUMBERING =
  "(?<!\\b(?:round|part|phase|stage|step|day|game|option|number|no|season|episode|chapter|level|version|take|paragraph|para|page|item|question)\\s+)";

/** Each chat spelling of a small word, and the word. */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:wat|wut|wht|whut|wot)\b/giu, "what"],
  [/\b(?:wats|wuts|whats)\b/giu, "what's"],
  [/\bhw\b/giu, "how"],
  // A quoted line is searched as written: "'nothing abt u' line" quotes "nothing about you".
  [/\babt\b/giu, "about"],
  [/(?<![\p{L}\d.'’])u(?![\p{L}\d]|[.'’]\p{L})/giu, "you"],
  [/(?<![\p{L}\d.'’])ur(?![\p{L}\d]|[.'’]\p{L})/giu, "your"],
  [new RegExp(`${NOT_NUMBERING}\\b4${BEFORE_A_WORD}`, "giu"), "for"],
  [new RegExp(`${NOT_NUMBERING}\\b2${BEFORE_A_WORD}`, "giu"), "to"],
  [/\b(?:wen|wehn|whn)\b/giu, "when"],
  [/\b(?:wher|whr|wheres)\b/giu, "where"],
  [/\b(?:wich|whch)\b/giu, "which"],
  // "psakis role": a possessive without its apostrophe, before what names a person's post.
  [
    /\b(?!(?:his|its|this|hers|theirs|yours|ours|was|has|is|as|us)\b)(\p{L}{2,})s(?=\s+(?:role|title|job|position|post|gig)\b)/giu,
    "$1's",
  ],
  // Units of time ask for a time or a span: "what yr", "how many mins".
  [/\byrs?\b/giu, "year"],
  [/\bwks?\b/giu, "week"],
  [/\bhrs?\b/giu, "hour"],
  [/\bmins\b/giu, "minutes"],
  // Read before idioms: "leader lvl" is the idiom "leader level".
  [/\blvls?\b/giu, "level"],
  // "y" is "why" only where a question opens on it, before its verb: "y are", "so y did".
  [
    /(^|[,.;:!?]\s*|\b(?:and|but|so|ok|then)\s+)y(?=\s+(?:is|are|r|was|were|do|does|did|would|will|has|have|had|can|could|should|cant|dont|didnt|doesnt|isnt|wont|wasnt|arent|not|tho|though)\b)/giu,
    "$1why",
  ],
];

/**
 * A (folded) question with chat spellings of its small words written out.
 *
 * @example
 * withChatSpellingsWrittenOut("y are tensions so high rn"); // "why are tensions so high rn"
 * withChatSpellingsWrittenOut("who asked 4 the call?");     // "who asked for the call?"
 */
export function withChatSpellingsWrittenOut(question: string): string {
  let spelled = question;
  for (const [pattern, word] of SPELLINGS) spelled = spelled.replace(pattern, word);
  return spelled;
}
