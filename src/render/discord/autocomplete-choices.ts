import { toWellFormed } from "./escape.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";

export interface AutocompleteChoice {
  name: string;
  value: string;
}

/**
 * Turns candidate questions into autocomplete choices: trimmed, lone surrogates replaced,
 * empties and duplicates dropped, at most 25, each name and value at most 100 characters. A
 * value too long is cut at a word boundary without "…", so choosing it still sends a sensible
 * question.
 *
 * @example
 * toAutocompleteChoices(["What did Putin threaten?", "", "What did Putin threaten?"]);
 * // [{ name: "What did Putin threaten?", value: "What did Putin threaten?" }]
 */
export function toAutocompleteChoices(values: readonly string[]): AutocompleteChoice[] {
  const max = DISCORD_LIMITS.autocompleteChoiceLength;
  const choices: AutocompleteChoice[] = [];
  const seen = new Set<string>();
  for (const raw of values) {
    // The user's own text comes first, and may hold half an emoji: Discord would refuse it.
    const text = toWellFormed(raw).replace(/\s+/g, " ").trim();
    if (text.length === 0) continue;
    const value = cutAtWord(text, max);
    if (value.length === 0 || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: truncate(text, max), value });
    if (choices.length === DISCORD_LIMITS.autocompleteChoices) break;
  }
  return choices;
}

/** The longest prefix of `text` of at most `max` characters ending at a word boundary. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(" ", max);
  let end = space > 0 ? space : max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end).trimEnd();
}
