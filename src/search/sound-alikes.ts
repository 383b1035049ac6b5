import { doubleMetaphone } from "double-metaphone";
import { termsOf } from "../text/analyze.js";
import { wordFrequencyRank } from "../text/english-words.js";
import { foldText } from "../text/fold.js";
import type { PassageIndex } from "./passage-index.js";
import { fuzzyDistance, type ReadToken } from "./typos.js";

/*
 * Dictated questions: a phone that hears "Kremlin" may write "crumlin", and "Psaki" comes out
 * as "sockey". Such a word is spelled nothing like the one meant, so fuzzy search misses it,
 * but it sounds the same: Double Metaphone gives both one code.
 */

/** Shorter words share a sound with too many others ("sake" and "psaki" are both SK). */
const SHORTEST_SOUNDED = 5;

/** A capitalised word past a sentence's first: a name ("Kremlin", "Psaki", "Geneva"). */
const NAME_WITHIN_SENTENCE = /(?<=\S\s+)\p{Lu}\p{L}{3,}/gu;

/** Per index, the corpus's names by their primary Double Metaphone code. */
const wordsBySound = new WeakMap<PassageIndex, Map<string, Set<string>>>();

function soundsOf(index: PassageIndex): Map<string, Set<string>> {
  let sounds = wordsBySound.get(index);
  if (sounds) return sounds;
  // Built on the first misheard word, once per index: each distinct name is coded once. Only
  // names: a dictated everyday word comes out as another word ("routes" as "roots"), and an
  // unknown name ("reddit") would otherwise be read as a word of the same sound ("readout").
  const words = new Set<string>();
  for (const passage of index.passages) {
    for (const name of foldText(passage.text).match(NAME_WITHIN_SENTENCE) ?? []) {
      words.add(name.toLowerCase());
    }
  }
  sounds = new Map();
  for (const word of words) {
    const [code] = doubleMetaphone(word);
    const alike = sounds.get(code) ?? new Set<string>();
    alike.add(word);
    sounds.set(code, alike);
  }
  wordsBySound.set(index, sounds);
  return sounds;
}

/**
 * A word neither the corpus nor everyday English holds, which sounds like just one name in
 * the corpus, is read as that name. A word that sounds like several ("bidden": Biden or
 * Putin) is left as it is.
 *
 * @example
 * withSoundAlikeRead({ surface: "crumlin", terms: ["crumlin"], acronym: false }, index).terms;
 * // ["kremlin"]
 */
export function withSoundAlikeRead<T extends ReadToken>(token: T, index: PassageIndex): T {
  const word = token.surface.toLowerCase();
  const [term] = token.terms;
  if (
    token.acronym ||
    token.terms.length !== 1 ||
    term === undefined ||
    word.length < SHORTEST_SOUNDED ||
    !/^\p{L}+$/u.test(word) ||
    fuzzyDistance(term, index) === 0 ||
    // "headway" and "eastward" are rare words, but words: only what no list holds is misheard.
    wordFrequencyRank(word) !== undefined
  ) {
    return token;
  }
  const [code] = doubleMetaphone(word);
  const alike = soundsOf(index).get(code);
  if (!alike) return token;
  const terms = new Set([...alike].map((w) => termsOf({ surface: w, acronym: false }).join(" ")));
  const [only] = terms;
  return terms.size === 1 && only ? { ...token, terms: only.split(" ") } : token;
}
