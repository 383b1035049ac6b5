import { IDIOMS } from "./lexicon.js";
import { escapeRegExp } from "./regexp-escape.js";

/**
 * "their" in an idiom stands for whose, in a word or two: "behind his back", "over the heads",
 * "behind other people's backs", "behind Europe's back".
 */
const POSSESSIVE = "(?:[\\p{L}'’]+\\s+)?[\\p{L}'’]+";
/** Whose, when the plain reading keeps it: a person, not a preposition ("asked for it to"). */
const KEPT = `(?!(?:for|about|to|on|in|with|at|of|from|by)\\b)${POSSESSIVE}`;

/**
 * Each idiom, longest first: its pattern, its plain words, and its words around "their". A
 * text holds an idiom only if it holds all of those words, as most sentences do not: substring
 * searches say so faster than the patterns, and the index reads every sentence through this.
 */
let idioms: ReadonlyArray<{ pattern: RegExp; plain: string; parts: readonly string[] }> | undefined;

/**
 * A (folded) question or sentence with each idiom read as the plain words it means, so that
 * "behind their backs" asks about consultation, not backs, and "in the first place" asks
 * nothing. The index reads the articles' sentences the same way. Longer idioms are read first.
 *
 * @example
 * plainIdioms("will they decide behind their backs?"); // "will they decide without consultation?"
 */
export function plainIdioms(text: string): string {
  idioms ??= [...IDIOMS]
    .sort(([a], [b]) => b.length - a.length)
    .map(([idiom, plain]) => {
      // A plain reading that says "their" too keeps whose it was: "tell Putin to" → "urge Putin to".
      const keeps = /\btheir\b/.test(plain);
      const whose = keeps ? `(${KEPT})` : POSSESSIVE;
      const words = idiom
        .split(/\s+/)
        .map((word) => (word === "their" ? whose : escapeRegExp(word)));
      const pattern = new RegExp(`\\b${words.join("\\s+")}\\b`, "giu");
      const reading = keeps ? plain.replace(/\btheir\b/, "$1") : plain;
      return { pattern, plain: reading, parts: idiom.split(/\s*\btheir\b\s*/).filter(Boolean) };
    });
  const lower = text.toLowerCase().replace(/\s+/g, " ");
  let plain = text;
  for (const idiom of idioms) {
    if (idiom.parts.every((part) => lower.includes(part))) {
      plain = plain.replace(idiom.pattern, idiom.plain);
    }
  }
  return plain;
}
