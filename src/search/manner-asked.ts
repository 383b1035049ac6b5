import { stemWord } from "../text/analyze.js";
import type { TextSpan } from "./choice-options.js";

/*
 * "was the call hostile or what", "how frosty was their chat": a word said of the call asks
 * about its tone, though the articles never use that word. The sentence that gives the tone
 * answers, whatever word it uses. Said of a person ("did the Kremlin sound conciliatory"),
 * it asks about what they said, and is left alone: measured, the tone sentence then put
 * first lost more than it won on the blind sets.
 */

/** Words for a call or a talk, whose manner is asked. */
const TALK = String.raw`(?:(?:phone\s+)?call|conversation|convo|talks?|chat|exchange|discussion)`;
/** A degree before the word said of it: "pretty", "really", "kinda". */
const DEGREE = String.raw`(?:(?:pretty|really|very|kinda|kind\s+of|quite|too|so|overly|fairly|rather|super)\s+)?`;
/** "hostile", or "upbeat or grim": the word said of the call, or a choice of two. */
const SAID_OF = String.raw`([\p{L}-]+)\b(?!\s+(?:to|than|by)\b)(?:\s+or\s+(?!(?:what|not|no|nah)\b)([\p{L}-]+))?`;
const MANNER = [
  // "was the call hostile", "is their chat really friendly"
  new RegExp(
    String.raw`\b(?:was|is|were|are)\s+(?:the|their|this|that)\s+${TALK}\s+${DEGREE}${SAID_OF}`,
    "giu",
  ),
  // "how frosty was the call"
  new RegExp(
    String.raw`\bhow\s+([\p{L}-]+)\s+(?:was|is|were|are)\s+(?:the|their|this|that)\s+${TALK}\b`,
    "giu",
  ),
];

/** The term a word said of the call stands for when no sentence holds it. */
export const TONE_TERM = stemWord("tone");

/**
 * Where the words said of how the call went stand in `folded`.
 *
 * @example
 * mannerSpans("so was the call hostile or what"); // [{ start: 16, end: 23 }]
 */
export function mannerSpans(folded: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const pattern of MANNER) {
    for (const match of folded.matchAll(pattern)) {
      const whole = match.index ?? 0;
      for (const word of match.slice(1)) {
        if (!word) continue;
        const start = whole + match[0].lastIndexOf(word);
        spans.push({ start, end: start + word.length });
      }
    }
  }
  return spans;
}
