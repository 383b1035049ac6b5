import { IDIOMS } from "./lexicon.js";

/**
 * "their" in an idiom stands for whose, in a word or two: "behind his back", "over the heads",
 * "behind other people's backs", "behind Europe's back".
 */
const POSSESSIVE = "(?:[\\p{L}'’]+\\s+)?[\\p{L}'’]+";

let patterns: ReadonlyArray<readonly [RegExp, string]> | undefined;

/**
 * A (folded) question with each idiom read as the plain words it means, so that "behind their
 * backs" asks about consultation, not backs, and "in the first place" asks nothing. Longer
 * idioms are read first.
 *
 * @example
 * plainIdioms("will they decide behind their backs?"); // "will they decide without consultation?"
 */
export function plainIdioms(question: string): string {
  patterns ??= [...IDIOMS]
    .sort(([a], [b]) => b.length - a.length)
    .map(([idiom, plain]) => {
      const words = idiom.split(/\s+/).map((word) => (word === "their" ? POSSESSIVE : word));
      return [new RegExp(`\\b${words.join("\\s+")}\\b`, "giu"), plain] as const;
    });
  let plain = question;
  for (const [pattern, meaning] of patterns) plain = plain.replace(pattern, meaning);
  return plain;
}
