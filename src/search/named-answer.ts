import { type AnalyzedToken, analyzeTokens } from "../text/analyze.js";
import { PERSON_TITLES } from "../text/lexicon.js";

/**
 * Words either side of what is named within which its name may stand: "press secretary Jen
 * Psaki", "Psaki, the press secretary".
 */
const NAME_REACH = 3;

/**
 * Whether a sentence gives the name a question asks for ("What is the name of the official
 * who briefed reporters?"). A name is a capitalised word the question does not already hold.
 * When the sentence holds what is named ("official"), the name must stand beside it: after
 * it ("press secretary Jen Psaki"), or before it set apart by a comma ("Psaki, the press
 * secretary"), or be part of its name ("the NATO-Russia Council" names a council). "A senior
 * Biden administration official said" names no official, though it names Biden and Putin.
 * When it does not ("the bilateral track", in articles that never say "track"), a name of two
 * words or more must be there ("the Strategic Stability Dialogue").
 *
 * When what is named is a person ("the name of Russia's lead negotiator"), the name must be a
 * person's (`namesPerson`): "the OSCE's Permanent Council" names no negotiator.
 *
 * @example
 * givesName("the press secretary Jen Psaki stated…", ["secretari"], []);        // true
 * givesName("the press secretary Jen Psaki stated…", ["secretari"], ["psaki"]); // false: asked already
 */
export function givesName(
  text: string,
  namedTerms: readonly string[],
  questionTerms: readonly string[],
): boolean {
  const tokens = analyzeTokens(text);
  const asked = new Set(questionTerms);
  const named = new Set(namedTerms);
  const person = namedTerms.some((term) => titleTerms().has(term));
  const isNewName = (at: number) => {
    const token = tokens[at];
    return (
      token !== undefined &&
      /^\p{Lu}/u.test(token.surface) &&
      token.terms.length > 0 &&
      !token.terms.some((term) => asked.has(term)) &&
      (!person || namesPerson(text, tokens, at))
    );
  };
  const heads = tokens.flatMap((token, i) =>
    token.terms.some((term) => named.has(term)) ? [i] : [],
  );
  if (heads.length > 0) {
    // A name before what it names stands apart from it ("Psaki, the press secretary"); one
    // run into it modifies it ("a senior Biden administration official").
    const standsApart = (at: number) => /^\s*,/.test(text.slice(tokens[at]?.end ?? 0));
    // What is named, capitalised, is part of the name: "the NATO-Russia Council".
    const partOfName = (head: number) =>
      /^\p{Lu}/u.test(tokens[head]?.surface ?? "") && isNewName(head - 1);
    return heads.some(
      (head) =>
        partOfName(head) ||
        positions(head + 1, head + NAME_REACH + 1).some(isNewName) ||
        positions(head - NAME_REACH, head).some((at) => isNewName(at) && standsApart(at)),
    );
  }
  return tokens.some((_, at) => at > 0 && isNewName(at) && isNewName(at + 1));
}

/** The token positions from `start` up to `end`, within the sentence. */
function positions(start: number, end: number): number[] {
  const list: number[] = [];
  for (let at = Math.max(0, start); at < end; at++) list.push(at);
  return list;
}

let titles: ReadonlySet<string> | undefined;

/** The index terms of the words that name a person by role ("secretari", "negoti"). */
function titleTerms(): ReadonlySet<string> {
  titles ??= new Set(
    PERSON_TITLES.flatMap((title) => analyzeTokens(title).flatMap((t) => t.terms)),
  );
  return titles;
}

/**
 * Words that end the name of a body, not of a person: "the Permanent Council", "the Strategic
 * Stability Dialogue". General English.
 */
const BODY_WORD =
  /^(?:council|dialogue|organi[sz]ation|committee|commission|ministry|department|agency|union|party|bank|forum|court|assembly|parliament|congress|senate|house|office|service|group|institute|university|alliance|treaty|fund|board|association|company|corporation|network|times|post|news)$/i;

/**
 * Whether the capitalised word at `at` may be part of a person's name: not written in
 * capitals throughout ("NATO", "TURAN", "U.S."), and not in a run of capitalised words that
 * follows "the" ("the Permanent Council") or holds a word naming a body ("Stability
 * Dialogue"). "press secretary Jen Psaki" and "Vladimir Putin" may.
 */
function namesPerson(text: string, tokens: readonly AnalyzedToken[], at: number): boolean {
  const capitalised = (token: AnalyzedToken | undefined) =>
    token !== undefined && /^\p{Lu}/u.test(token.surface);
  let start = at;
  while (start > 0 && capitalised(tokens[start - 1])) start--;
  let end = at;
  while (capitalised(tokens[end + 1])) end++;
  const run = tokens.slice(start, end + 1);
  if (run.some((token) => BODY_WORD.test(token.surface.replace(/['’]s$/, "")))) return false;
  if (
    /\bthe\s+$/i.test(
      text.slice(Math.max(0, (tokens[start]?.start ?? 0) - 4), tokens[start]?.start),
    )
  )
    return false;
  const word = tokens[at]?.surface ?? "";
  return !/^[\p{Lu}\d&.'’-]+$/u.test(word);
}
