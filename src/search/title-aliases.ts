import { type AnalyzedToken, analyze } from "../text/analyze.js";
import { PERSON_TITLES } from "../text/lexicon.js";

/**
 * Who a sentence names by title alone. News introduces a person once with a title and then
 * uses the title ("his Russian counterpart Vladimir Putin", later "Biden urged his Russian
 * counterpart"). Every "<modifier> <title> <First Last>" in the corpus teaches that the title
 * names that person; a sentence that uses such a title without the name is then known to
 * name them too. A title that introduces two different people teaches nothing.
 *
 * @example
 * titleAliases([tokensOf("…and his Russian counterpart Vladimir Putin traded…"),
 *               tokensOf("Biden urged his Russian counterpart to de-escalate.")]);
 * // → Map { 1 → ["vladimir", "putin"] }
 */
export function titleAliases(
  passages: ReadonlyArray<readonly AnalyzedToken[]>,
): Map<number, string[]> {
  const namesByTitle = new Map<string, Map<string, string[]>>();
  for (const tokens of passages) {
    for (const { title, name } of introductions(tokens)) {
      const names = namesByTitle.get(title) ?? new Map<string, string[]>();
      names.set(name.join(" "), name);
      namesByTitle.set(title, names);
    }
  }
  const nameOfTitle = new Map<string, string[]>();
  for (const [title, names] of namesByTitle) {
    const [only, ...others] = names.values();
    if (only && others.length === 0) nameOfTitle.set(title, only);
  }
  const aliases = new Map<number, string[]>();
  if (nameOfTitle.size === 0) return aliases;
  // Most sentences hold no title word at all: look for those first, cheaply.
  const heads = new Set([...nameOfTitle.keys()].map((title) => title.split(" ")[1] ?? ""));
  for (const [id, tokens] of passages.entries()) {
    const isHead = (terms: readonly string[]) =>
      terms.length === 1 ? heads.has(terms[0] ?? "") : heads.has(terms.join("+"));
    if (!tokens.some((token) => token.terms.length > 0 && isHead(token.terms))) {
      continue;
    }
    const named = new Set<string>();
    for (const title of titlesIn(tokens)) {
      const name = nameOfTitle.get(title);
      if (name && !tokens.some((token) => token.terms.some((term) => name.includes(term)))) {
        for (const term of name) named.add(term);
      }
    }
    if (named.size > 0) aliases.set(id, [...named]);
  }
  return aliases;
}

/** A person's name: two to four capitalised words, none of them an acronym. */
const NAME_WORDS = { min: 2, max: 4 };

/** "<modifier> <title> <Name…>": the title is a lower-case word right before the name. */
function* introductions(tokens: readonly AnalyzedToken[]) {
  for (let i = 2; i < tokens.length; i++) {
    const head = tokens[i - 1];
    const modifier = tokens[i - 2];
    if (!head || !modifier || !isTitleWord(head) || modifier.terms.length === 0) continue;
    let end = i;
    while (end < tokens.length && end - i < NAME_WORDS.max && isNameWord(tokens[end])) end++;
    if (end - i < NAME_WORDS.min) continue;
    const name = tokens.slice(i, end).flatMap((token) => token.terms);
    yield { title: titleKey(modifier, head), name };
  }
}

/** Every "<modifier> <title>" pair of adjacent words in a sentence. */
function* titlesIn(tokens: readonly AnalyzedToken[]) {
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i];
    const modifier = tokens[i - 1];
    if (head && modifier && isTitleWord(head) && modifier.terms.length > 0) {
      yield titleKey(modifier, head);
    }
  }
}

function titleKey(modifier: AnalyzedToken, head: AnalyzedToken): string {
  return `${modifier.terms.join("+")} ${head.terms.join("+")}`;
}

let titleTerms: Set<string> | undefined;

/** A lower-case word that names a person by role ("counterpart", "press secretary"). */
function isTitleWord(token: AnalyzedToken): boolean {
  titleTerms ??= new Set(PERSON_TITLES.flatMap((title) => analyze(title)));
  return (
    token.terms.length === 1 &&
    titleTerms.has(token.terms[0] ?? "") &&
    /^\p{Ll}/u.test(token.surface)
  );
}

function isNameWord(token: AnalyzedToken | undefined): boolean {
  return (
    token !== undefined &&
    token.terms.length > 0 &&
    !token.acronym &&
    /^\p{Lu}\p{Ll}/u.test(token.surface)
  );
}
