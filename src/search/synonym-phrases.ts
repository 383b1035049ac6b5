import { WEAK_WORDS } from "../text/lexicon.js";
import { AUXILIARIES } from "./yes-no-question.js";

/*
 * Finding the synonym groups' phrases in a question: "press secretary", and phrasal verbs
 * whose particle is a stopword ("kick off", "cool things down").
 */

/** Forms of be, have, do and the modals: never the object between a verb and its particle. */
const AUXILIARY = new RegExp(`^(?:${AUXILIARIES}|be|been|being|am|may|might|must)$`, "i");

const DETERMINER = /^(?:the|a|an|their|his|its|our|your|my)$/i;

/**
 * Each token with the stopwords that may be its particle: "kick off" is a phrase of the
 * synonym groups though "off" is no term, and so is "cool things down", split by its object.
 */
export function withParticles<T extends { terms: string[]; surface: string }>(
  tokens: readonly T[],
): Array<T & { particles?: string[] }> {
  const isWord = (token: T | undefined): token is T =>
    token !== undefined && token.terms.length === 0 && /^\p{L}+$/u.test(token.surface);
  return tokens.map((token, i) => {
    // After a determiner, with nothing after its particle, the word is a noun: "which
    // weekday was the call on" is no "call on" ("what's the deal with X" asks about X).
    if (DETERMINER.test(tokens[i - 1]?.surface ?? "") && i + 2 === tokens.length) return token;
    const [next, afterNext] = [tokens[i + 1], tokens[i + 2]];
    // An object may stand between verb and particle ("cool things down", "ramp stuff up");
    // an auxiliary does not ("the call was on friday" is no "call on"), nor one that names
    // something ("kick russia off" is no "kick off").
    const surface = next?.surface.toLowerCase() ?? "";
    const vague = isWord(next) || WEAK_WORDS.has(surface);
    const split = vague && isWord(afterNext) && !AUXILIARY.test(surface);
    const particles = [...(isWord(next) ? [next] : []), ...(split ? [afterNext] : [])];
    if (particles.length === 0) return token;
    return { ...token, particles: particles.map((word) => word.surface.toLowerCase()) };
  });
}

export function longestPhraseAt<T extends { terms: string[]; particles?: string[] }>(
  tokens: readonly T[],
  start: number,
  longest: number,
  byPhrase: ReadonlyMap<string, readonly string[]>,
) {
  for (let length = Math.min(longest, tokens.length - start); length >= 1; length--) {
    const slice = tokens.slice(start, start + length);
    const terms = slice.flatMap((token) => token.terms);
    const withParticle = (slice.at(-1)?.particles ?? [])
      .map((particle) => byPhrase.get([...terms, particle].join(" ")))
      .find((expansions) => expansions !== undefined);
    const expansions = withParticle ?? (length >= 2 ? byPhrase.get(terms.join(" ")) : undefined);
    if (expansions) return { tokens: slice, expansions, byParticle: withParticle !== undefined };
  }
  return undefined;
}
