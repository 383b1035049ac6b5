import type { PassageIndex } from "../search/passage-index.js";
import type { RankedPassage } from "../search/rank-passages.js";

const MAX_SUGGESTIONS = 3;
/** A quoted phrase of this many words names a topic well enough to ask about it. */
const PHRASE_WORDS = { min: 2, max: 8 };

/**
 * Offers questions the corpus can answer, drawn from the passages that came closest to an
 * unanswered question: the phrases they quote. Each one is checked by answering it, so a
 * suggestion never leads to another "not found".
 */
export function suggestQuestions(
  index: PassageIndex,
  nearMisses: readonly RankedPassage[],
  question: string,
  isAnswerable: (question: string) => boolean,
): string[] {
  const suggestions: string[] = [];
  const seen = new Set<string>([question.toLowerCase()]);
  for (const miss of nearMisses.filter((m) => m.coverage > 0).slice(0, 5)) {
    for (const phrase of quotedPhrases(index.passages[miss.passageId]?.text ?? "")) {
      const suggestion = `What about “${phrase}”?`;
      if (seen.has(suggestion.toLowerCase())) continue;
      seen.add(suggestion.toLowerCase());
      if (isAnswerable(suggestion)) {
        suggestions.push(suggestion);
        if (suggestions.length === MAX_SUGGESTIONS) return suggestions;
      }
    }
  }
  return suggestions;
}

/** Phrases the text quotes, "…" or “…”, of a topic-like length, without trailing punctuation. */
export function quotedPhrases(text: string): string[] {
  const phrases: string[] = [];
  for (const match of text.matchAll(/["“]([^"“”]+)["”]/g)) {
    const phrase = (match[1] ?? "").trim().replace(/[.,;:!?]+$/, "");
    const words = phrase.split(/\s+/).length;
    if (words >= PHRASE_WORDS.min && words <= PHRASE_WORDS.max) phrases.push(phrase);
  }
  return phrases;
}
