import { IDIOMS } from "./lexicon.js";

/**
 * "their" in an idiom stands for whose, in a word or two: "behind his back", "over the heads",
 * "behind other people's backs", "behind Europe's back".
 */
const POSSESSIVE = "(?:[\\p{L}'’]+\\s+)?[\\p{L}'’]+";

let patterns: ReadonlyArray<readonly [RegExp, string]> | undefined;
/**
 * The words of each idiom around its "their": a text that holds all of one idiom's, as most
 * sentences do not, may hold it. Substring searches say so faster than the patterns, and the
 * index reads every sentence through this.
 */
let literalParts: ReadonlyArray<readonly string[]> | undefined;

/**
 * A (folded) question or sentence with each idiom read as the plain words it means, so that
 * "behind their backs" asks about consultation, not backs, and "in the first place" asks
 * nothing. The index reads the articles' sentences the same way. Longer idioms are read first.
 *
 * @example
 * plainIdioms("will they decide behind their backs?"); // "will they decide without consultation?"
 */
export function plainIdioms(text: string): string {
  patterns ??= [...IDIOMS]
    .sort(([a], [b]) => b.length - a.length)
    .map(([idiom, plain]) => {
      const words = idiom
        .split(/\s+/)
        .map((word) =>
          word === "their" ? POSSESSIVE : word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
        );
      return [new RegExp(`\\b${words.join("\\s+")}\\b`, "giu"), plain] as const;
    });
  literalParts ??= IDIOMS.map(([idiom]) => idiom.split(/\s*\btheir\b\s*/).filter(Boolean));
  const lower = text.toLowerCase().replace(/\s+/g, " ");
  if (!literalParts.some((parts) => parts.every((part) => lower.includes(part)))) return text;
  let plain = text;
  for (const [pattern, meaning] of patterns) plain = plain.replace(pattern, meaning);
  return plain;
}
