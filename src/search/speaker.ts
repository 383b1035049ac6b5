import { type AnalyzedToken, analyzeTokens, stemWord, wordOf } from "../text/analyze.js";
import { foldText } from "../text/fold.js";
import { REPORTING_VERBS } from "../text/lexicon.js";
import type { WordClass } from "../text/parts-of-speech.js";
import { type TextSpan, within } from "./choice-options.js";
import type { Concept } from "./query-plan.js";

/*
 * "What did the Kremlin say about the call?" asks for what the Kremlin said. Many sentences
 * name the Kremlin, some as the one warned ("Biden warned the Kremlin"); the answer names it
 * as the one saying ("The Kremlin, in its turn, insisted…").
 */

/** Words a question may put between its auxiliary and its reporting verb: the speaker. */
const SPEAKER_WORDS = 5;
/** An aside between a speaker and their verb: "The Kremlin, in its turn, insisted". */
const ASIDE = /^\s*,[^,.;:]{1,40},/;
/** Words between a speaker and their verb that say nothing of who speaks. */
const ADVERB = /^(?:also|then|later|again|once|further|\p{L}+ly)$/u;
const AUXILIARY = /\b(?:did|does|do|has|have|had|will|would|could|might|is|was)\s+/giu;

/** A reporting verb's stem → the particles it takes ("" for none): "say", "lay out". */
let verbs: Map<string, Set<string>> | undefined;

function reportingVerbs(): Map<string, Set<string>> {
  if (!verbs) {
    verbs = new Map();
    for (const entry of REPORTING_VERBS) {
      const [verb = "", particle = ""] = entry.split(/\s+/);
      const stem = stemWord(verb);
      verbs.set(stem, (verbs.get(stem) ?? new Set()).add(particle));
    }
  }
  return verbs;
}

/** Whether the words at `at` are a reporting verb ("insisted", "laid out"). */
function reportsAt(tokens: readonly AnalyzedToken[], at: number): boolean {
  const token = tokens[at];
  const particles = token && reportingVerbs().get(stemWord(wordOf(token.surface)));
  if (!particles) return false;
  return particles.has("") || particles.has(tokens[at + 1]?.surface.toLowerCase() ?? "");
}

/** Whether a text holds a reporting verb anywhere: "biden said", "he stressed". */
export function holdsReportingVerb(text: string): boolean {
  const tokens = analyzeTokens(text);
  return tokens.some((_, at) => reportsAt(tokens, at));
}

/**
 * The terms of the speaker a question asks about ("what did the Kremlin say…" → the Kremlin's
 * terms and synonyms), or none when it does not ask what someone said. `tokens` are the
 * question's words, stopwords included, as `analyzeTokens` reads `folded`; `spans` are where
 * each of `concepts` stands in it.
 *
 * @example
 * speakerTerms(folded, analyzeTokens(folded), concepts, spans, () => wordClasses(folded));
 * // → ["kremlin", "putin", "moscow"]
 */
export function speakerTerms(
  folded: string,
  tokens: readonly AnalyzedToken[],
  concepts: readonly Concept[],
  spans: readonly TextSpan[],
  classes: () => ReadonlyMap<number, WordClass>,
): string[] {
  const starts = [...folded.matchAll(AUXILIARY)].map((match) =>
    tokens.findIndex((token) => token.start >= (match.index ?? 0) + match[0].length),
  );
  // "putin warned of what?": a question may keep a statement's order, its speaker first.
  starts.push(tokens.findIndex((token) => token.terms.length > 0));
  for (const from of starts) {
    if (from < 0) continue;
    for (let at = from + 1; at <= from + SPEAKER_WORDS && at < tokens.length; at++) {
      if (!reportsAt(tokens, at) || namesThing(tokens, at, classes())) continue;
      const speaker = { start: tokens[from]?.start ?? 0, end: tokens[at - 1]?.end ?? 0 };
      const speakers = concepts.filter(
        (concept, i) => !concept.weak && within(spans[i], [speaker]),
      );
      return speakers.flatMap((concept) =>
        concept.terms.filter((t) => t.kind === "own" || t.kind === "expansion").map((t) => t.term),
      );
    }
  }
  return [];
}

/**
 * Whether the reporting word at `at` is a noun after a word that qualifies it ("the main
 * warning"), not a verb after its speaker ("did biden promise", which the tagger reads as a
 * noun too).
 */
function namesThing(
  tokens: readonly AnalyzedToken[],
  at: number,
  classes: ReadonlyMap<number, WordClass>,
): boolean {
  const before = classes.get(tokens[at - 1]?.start ?? -1);
  return classes.get(tokens[at]?.start ?? -1) === "noun" && before !== "noun" && before !== "name";
}

/**
 * Whether a sentence has the speaker say something: a speaker term followed by a reporting
 * verb ("Putin warned", "the official said", "Psaki, the press secretary, added"), or set
 * after "according to".
 *
 * @example
 * speaks("The Kremlin, in its turn, insisted that…", ["kremlin"]); // true
 * speaks("Biden warned the Kremlin that…", ["kremlin"]);           // false
 */
export function speaks(text: string, speaker: readonly string[]): boolean {
  const folded = foldText(text);
  const tokens = analyzeTokens(folded);
  const terms = new Set(speaker);
  return tokens.some((token, at) => {
    if (!token.terms.some((term) => terms.has(term))) return false;
    if (/\baccording\s+to\s+(?:[^,.;:]{0,40}\s)?$/iu.test(folded.slice(0, token.start))) {
      return true;
    }
    const aside = ASIDE.exec(folded.slice(token.end));
    const after = aside ? token.end + aside[0].length : token.end;
    for (let next = at + 1; next < tokens.length; next++) {
      const word = tokens[next];
      if (!word || word.start < after) continue;
      // A name goes on ("Jen Psaki"), and an adverb says nothing of who speaks.
      if (/^\p{Lu}/u.test(word.surface) && next === at + 1 && /^\p{Lu}/u.test(token.surface)) {
        continue;
      }
      if (word.terms.length === 0 && !reportsAt(tokens, next)) continue;
      if (ADVERB.test(word.surface.toLowerCase()) && !reportsAt(tokens, next)) continue;
      return reportsAt(tokens, next);
    }
    return false;
  });
}
