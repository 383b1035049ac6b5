import { withChatSpellingsWrittenOut } from "../text/chat-spellings.js";
import { foldText } from "../text/fold.js";
import { plainIdioms } from "../text/idioms.js";
import type { PassageIndex } from "./passage-index.js";
import { withRelativeYear } from "./relative-year.js";

/**
 * A question's text as the planner reads it: quotes and dashes folded, chat's short spellings
 * written out (before idioms, so "leader lvl" is the idiom "leader level"), idioms read as
 * their plain words, and a year next to the articles' read as they would say it.
 *
 * @example
 * questionText("wat day was the call?", index); // "what day was the call?"
 */
export function questionText(question: string, index: PassageIndex): string {
  return withRelativeYear(plainIdioms(withChatSpellingsWrittenOut(foldText(question))), index);
}
