/*
 * Chat spells its question words short: "wat day was the call", "y are tensions so high",
 * "hw long did they talk". Stopwords drop them from the search either way, but what kind of
 * answer a question asks for ("how long": a duration; "why": a cause) is read from them.
 */

/** Each chat spelling of a question word, and the word. */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:wat|wut|wht|whut|wot)\b/giu, "what"],
  [/\b(?:wats|wuts|whats)\b/giu, "what's"],
  [/\bhw\b/giu, "how"],
  [/\b(?:wen|wehn|whn)\b/giu, "when"],
  [/\b(?:wher|whr|wheres)\b/giu, "where"],
  [/\b(?:wich|whch)\b/giu, "which"],
  // "y" is "why" only where a question opens on it, before its verb: "y are", "so y did".
  [
    /(^|[,.;:!?]\s*|\b(?:and|but|so|ok|then)\s+)y(?=\s+(?:is|are|was|were|do|does|did|would|will|has|have|had|can|could|should|cant|dont|didnt|doesnt|isnt|wont|wasnt|arent|not|tho|though)\b)/giu,
    "$1why",
  ],
];

/**
 * A (folded) question with chat spellings of its question words written out.
 *
 * @example
 * withQuestionWordsSpelledOut("y are tensions so high rn"); // "why are tensions so high rn"
 * withQuestionWordsSpelledOut("hw long was the call");      // "how long was the call"
 */
export function withQuestionWordsSpelledOut(question: string): string {
  let spelled = question;
  for (const [pattern, word] of SPELLINGS) spelled = spelled.replace(pattern, word);
  return spelled;
}
