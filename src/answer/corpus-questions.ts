import type { Passage } from "../passages/passage.js";
import type { PassageIndex } from "../search/passage-index.js";
import { stemWord } from "../text/analyze.js";
import { englishRarity } from "../text/english-rarity.js";
import { STOPWORDS } from "../text/lexicon.js";
import { type Token, tokenize } from "../text/tokenize.js";
import { quotedPhrases } from "./suggest.js";

/** A question or phrase the corpus can answer, with how good a suggestion it makes. */
export interface CorpusQuestion {
  text: string;
  score: number;
}

/** Discord shows at most 100 characters of a choice; longer ones are not worth offering. */
const MAX_LENGTH = 100;
/** Verbs that report speech in news prose: "Putin warned", "said Psaki". Generic English. */
const REPORTING_VERBS = new Set(
  (
    "said says told tells warned warns stated states added adds insisted insists noted notes " +
    "stressed stresses explained explains announced announces urged urges threatened threatens " +
    "asked asks replied replies emphasized emphasised reiterated argued argues claimed claims " +
    "declared remarked wrote tweeted confirmed confirms denied denies acknowledged cautioned " +
    "vowed promised suggested indicated predicted demanded accused"
  ).split(" "),
);
/** Capitalised because of the calendar, not because they name a topic. */
const CALENDAR_WORDS = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april " +
    "may june july august september october november december jan feb mar apr jun jul aug sep " +
    "sept oct nov dec"
  ).split(" "),
);
/** How much each kind of suggestion is worth before counting how often the corpus backs it. */
const KIND_WEIGHT = { speaker: 4, speakerTopic: 3, quote: 2.5, name: 2, topic: 1 } as const;
/** A lower-case word this rare in everyday English (0.1–1) names a topic of its own. */
const TOPIC_RARITY = 0.8;
const TOPICS_PER_SENTENCE = 3;
const FREQUENCY_BONUS = 0.15;
/** Endings of participles, adverbs and adjectives: how something was said, not a topic. */
const WORDING = /(?:ed|ly|ive|ous|ful|less|able|ible)$/;

interface Name {
  /** The name as suggestions show it ("Putin" for "Russian President Vladimir Putin"). */
  display: string;
  start: number;
  end: number;
}

/**
 * Questions and phrases the corpus can answer, derived from its text alone so any corpus
 * works: who is reported saying what ("What did Putin say about sanctions?"), the phrases the
 * articles quote, the names they mention and their rare words. Each is built from the words
 * of one sentence, so asking it finds that sentence.
 */
export function corpusQuestions(index: PassageIndex): CorpusQuestion[] {
  const tokensByPassage = index.passages.map((passage) => tokenize(passage.text));
  const names = nameForms(index.passages, tokensByPassage);
  const found = new Map<string, { text: string; weight: number; sentences: number }>();
  const add = (text: string, weight: number) => {
    if (text.length > MAX_LENGTH) return;
    const key = text.toLowerCase();
    const entry = found.get(key) ?? { text, weight, sentences: 0 };
    entry.sentences += 1;
    found.set(key, entry);
  };
  index.passages.forEach((passage, i) => {
    const tokens = tokensByPassage[i] ?? [];
    const sentenceNames = namesIn(passage.text, tokens, names);
    const speakers = speakersIn(tokens, sentenceNames);
    const words = rareWords(tokens);
    // Only speakers get "say about" questions, only when they are reported speaking, and
    // only about what the same sentence names, so the question finds that sentence.
    if (speakers.length > 0) {
      const topics = [...new Set([...sentenceNames.map((n) => n.display), ...words])]
        .filter((topic) => !speakers.some((speaker) => speaker.includes(topic)))
        .sort((a, b) => specificity(index, b) - specificity(index, a))
        .slice(0, TOPICS_PER_SENTENCE);
      for (const speaker of speakers) {
        add(`What did ${speaker} say?`, KIND_WEIGHT.speaker);
        for (const topic of topics) {
          add(`What did ${speaker} say about ${topic}?`, KIND_WEIGHT.speakerTopic);
        }
      }
    }
    for (const phrase of quotedPhrases(passage.text)) {
      add(`What about “${phrase}”?`, KIND_WEIGHT.quote);
    }
    for (const name of sentenceNames) add(`What about ${name.display}?`, KIND_WEIGHT.name);
    for (const word of words) add(`What about ${word}?`, KIND_WEIGHT.topic);
  });
  // A suggestion many sentences back ranks higher, but slowly: a name in every sentence must
  // not crowd out the questions.
  return [...found.values()]
    .map(({ text, weight, sentences }) => ({
      text,
      score: weight * (1 + FREQUENCY_BONUS * Math.log2(sentences)),
    }))
    .sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
}

/**
 * Capitalised words that name something: seen capitalised mid-sentence at least once (a
 * sentence's first word is capitalised anyway), and neither a stopword nor a calendar word.
 * Maps each such word to whether it also stands alone as a name, which lets "Joe Biden" be
 * suggested as the shorter "Biden" the articles also use.
 */
function nameForms(passages: readonly Passage[], tokensByPassage: readonly Token[][]) {
  const named = new Set<string>();
  const standsAlone = new Set<string>();
  const usedAsNoun = new Set<string>();
  passages.forEach((passage, i) => {
    const tokens = tokensByPassage[i] ?? [];
    for (const run of capitalRuns(passage.text, tokens)) {
      for (const token of run.tokens.slice(run.initial ? 1 : 0)) named.add(bare(token.surface));
      const only = run.tokens[0];
      if (run.tokens.length === 1 && only && !run.initial) standsAlone.add(bare(only.surface));
      const last = run.tokens.at(-1);
      if (last && endsNounPhrase(passage.text, tokens, last)) usedAsNoun.add(bare(last.surface));
    }
  });
  return { named, standsAlone, usedAsNoun };
}

/**
 * Whether a name stands as a noun here ("sanctions on Russia.", "Putin warned") rather than
 * qualifying the next word ("Russian counterpart", "Allied countries"): it ends the clause,
 * is possessive, or comes before a function word or a reporting verb.
 */
function endsNounPhrase(text: string, tokens: readonly Token[], last: Token): boolean {
  if (/'s?$/.test(last.surface)) return true;
  const next = tokens.find((token) => token.start >= last.end);
  if (!next || /\S/.test(text.slice(last.end, next.start))) return true;
  const word = next.surface.toLowerCase();
  return STOPWORDS.has(word) || REPORTING_VERBS.has(word);
}

/** "Russia's" → "Russia": names are suggested in their plain form. */
function bare(surface: string): string {
  return surface.replace(/'s?$/, "");
}

function namesIn(
  text: string,
  tokens: readonly Token[],
  forms: ReturnType<typeof nameForms>,
): Name[] {
  const names: Name[] = [];
  for (const run of capitalRuns(text, tokens)) {
    const kept = run.tokens.filter((token) => forms.named.has(bare(token.surface)));
    const first = kept[0];
    const last = kept.at(-1);
    if (!first || !last || !forms.usedAsNoun.has(bare(last.surface))) continue;
    const display =
      kept.length > 1 && forms.standsAlone.has(bare(last.surface))
        ? bare(last.surface)
        : kept
            .slice(-3)
            .map((token) => bare(token.surface))
            .join(" ");
    names.push({ display, start: first.start, end: last.end });
  }
  return names;
}

/** Runs of capitalised words with only spaces between them: "US President Joe Biden". */
function capitalRuns(text: string, tokens: readonly Token[]) {
  const runs: Array<{ tokens: Token[]; initial: boolean }> = [];
  let current: Token[] = [];
  let initial = false;
  tokens.forEach((token, i) => {
    const gap = text.slice(tokens[i - 1]?.end ?? 0, token.start);
    const startsSentence = i === 0 || /[.!?:"“]/.test(gap);
    const capital = /^\p{Lu}/u.test(token.surface) && !isFiller(token.surface);
    if (capital && current.length > 0 && /^\s+$/.test(gap)) {
      current.push(token);
      return;
    }
    if (current.length > 0) runs.push({ tokens: current, initial });
    current = capital ? [token] : [];
    initial = startsSentence;
  });
  if (current.length > 0) runs.push({ tokens: current, initial });
  return runs;
}

function isFiller(surface: string): boolean {
  const lower = surface.toLowerCase();
  return (STOPWORDS.has(lower) && surface !== surface.toUpperCase()) || CALENDAR_WORDS.has(lower);
}

/** How specific a topic is to few passages: the corpus-rarest of its words counts. */
function specificity(index: PassageIndex, topic: string): number {
  let best = 0;
  for (const token of tokenize(topic)) {
    const frequency = index.documentFrequency.get(stemWord(bare(token.surface).toLowerCase()));
    best = Math.max(best, 1 / (1 + (frequency ?? 0)));
  }
  return best;
}

/** Names right before a reporting verb ("Putin warned") or right after one ("said Psaki"). */
function speakersIn(tokens: readonly Token[], names: readonly Name[]): string[] {
  const speakers = new Set<string>();
  for (const name of names) {
    const after = tokens.findIndex((token) => token.start >= name.end);
    const next = after === -1 ? undefined : tokens[after];
    const before = tokens.filter((token) => token.end <= name.start).at(-1);
    if (
      (next && REPORTING_VERBS.has(next.surface.toLowerCase())) ||
      (before && REPORTING_VERBS.has(before.surface.toLowerCase()))
    ) {
      speakers.add(name.display);
    }
  }
  return [...speakers];
}

/**
 * Lower-case words rare in everyday English ("sanctions", "de-escalation"): topics a reader
 * may ask about. Past participles and adverbs ("reiterated", "effectively") are wording, not
 * topics, so they are left out.
 */
function rareWords(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    const word = token.surface;
    if (word.length < 4 || !/^[\p{Ll}-]+$/u.test(word) || WORDING.test(word)) continue;
    if (STOPWORDS.has(word)) continue;
    if (englishRarity(stemWord(word.toLowerCase())) < TOPIC_RARITY) continue;
    if (!words.includes(word)) words.push(word);
  }
  return words;
}
