import { analyzeTokens } from "../text/analyze.js";
import {
  coinedAsNoun,
  strongestClass,
  type WordClass,
  wordClasses,
} from "../text/parts-of-speech.js";
import { type AnswerKind, monthsNamed } from "./answer-kind-patterns.js";
import type { ReferredArticle } from "./article-reference.js";
import { articlesAsked } from "./articles-asked.js";
import { markAsides, preambleSpans } from "./asker-remarks.js";
import { type ChoiceOption, markChoiceOptions, type TextSpan, within } from "./choice-options.js";
import { joinConcepts, mergeDuplicates, namesTheSame } from "./concept-merging.js";
import { concept, planned } from "./concept-terms.js";
import { countedAsCorpusWords } from "./counted-terms.js";
import { asksWhatKind } from "./elaboration.js";
import { analyzedOpposites, analyzedSynonyms, answerTypeCue } from "./expansions.js";
import { guessedValues } from "./guessed-values.js";
import { kindsAsked } from "./kinds-asked.js";
import { mannerSpans, TONE_TERM } from "./manner-asked.js";
import { markNamedPair } from "./named-pair.js";
import type { PassageIndex } from "./passage-index.js";
import { markFocus, subjectAskedOf, whatPhraseHead, whoPhraseHead } from "./question-focus.js";
import { questionText } from "./question-text.js";
import { quotedPhrases } from "./quoted-phrases.js";
import { isSelective } from "./selective-terms.js";
import {
  exceptedSpans,
  markAttributed,
  markCircumstances,
  markContrasted,
} from "./side-clauses.js";
import { withSoundAlikeRead } from "./sound-alikes.js";
import { speakerTerms } from "./speaker.js";
import { longestPhraseAt, withParticles } from "./synonym-phrases.js";
import { markTimeSpans } from "./time-spans.js";
import { isStopwordTypo, withAcronymRead, withDroppedG, withSlipRepaired } from "./typos.js";
import { weakWordTerms } from "./weak-words.js";
import { whereaboutsOf } from "./whereabouts.js";
import { isYesNoQuestion } from "./yes-no-question.js";

/** How a searched term relates to the user's words; it sets how much a match is worth. */
export type TermKind = "own" | "part" | "expansion" | "cue";

export interface PlannedTerm {
  term: string;
  kind: TermKind;
  /** Multiplies the term's BM25 score. */
  weight: number;
  /** Edit distance allowed, for words the corpus does not contain (likely typos). */
  fuzzy: number;
}

/** One idea of the question: a word or phrase the user wrote, with the terms that stand for it. */
export interface Concept {
  /** The user's words, as written. */
  surface: string;
  terms: PlannedTerm[];
  /** How much finding this concept counts towards "the corpus answers this" (rarer = more). */
  importance: number;
  weak: boolean;
  /**
   * Tagged only for an idea the corpus lacks altogether, the one case where it changes
   * anything; "other" otherwise.
   */
  wordClass: WordClass | "weak";
  /** Whether the corpus holds any of its terms exactly (a typo may still match fuzzily). */
  inCorpus: boolean;
  /** Alternatives the question chooses between ("Biden or Putin?"): naming one is enough. */
  alternatives?: boolean;
  /**
   * Which option of a choice this idea belongs to: "15" of "15 mins or an hour", or "doom"
   * of "any optimism, or is it all doom and gloom?" (see `markChoiceOptions`).
   */
  option?: ChoiceOption;
  /** The thing a "what X" or "which X" question asks about (see `whatPhraseHead`). */
  focus?: boolean;
  /**
   * Said in the asker's aside, not asked (see `markAsides`, `markContrasted`): a name in it
   * may be missing, and a sentence lacking a word the articles lack is no less covered.
   */
  aside?: boolean;
  /** For a figure given as a span of time ("10 days"), what a passage must hold: `markTimeSpans`. */
  span?: RegExp;
  /** One side of a pair the question names ("between dc and moscow"): `markNamedPair`. */
  pairMember?: boolean;
}

export interface QueryPlan {
  concepts: Concept[];
  /** Light answer-type hints; they raise scores but never count towards coverage. */
  cues: PlannedTerm[];
  /** Kinds of answer the question asks for ("when" → a date); a passage lacking them ranks low. */
  kinds: AnswerKind[];
  /** For "how many X", the terms a count must qualify (empty: any count will do). */
  countedTerms: string[];
  /** For "the name of X", the terms of X, beside which the name must stand (see `givesName`). */
  namedTerms: string[];
  /** Months the question names, in which a date it asks for must fall ("dec", see `monthsNamed`). */
  months: string[];
  /** Phrases the question quotes, which a passage holding them word for word covers. */
  quotes: string[];
  /** For "where was X": the terms of X, which a sentence giving the place must hold. */
  whereabouts: string[];
  /** For "what did X say": the terms of X, whom the answer has saying it (see `speaks`). */
  speaker: string[];
  /** Whether it asks what kinds of its focus there are ("what sort of penalties"): see `asksWhatKind`. */
  kindAsked: boolean;
  /** The articles the question names ("the end of the second article", "the unsigned piece"), if any. */
  article?: ReferredArticle;
}

/** The `whole` of a phrase: no term, since none of its words stands for all of it. */
const NO_SINGLE_WORD = "";
/**
 * What lies between two alternatives: "Biden or Putin", "Washington, or Moscow", and the
 * particle of a phrasal verb ("calming down or heating up").
 */
const ALTERNATIVE = /^\s*(?:(?:down|up|off|out|back|over|in|on)\s*)?,?\s+or\s+$/;

/**
 * Turns a question into concepts to search for.
 *
 * @example
 * planQuery("What did the Russian president threaten?", index).concepts.map((c) => c.surface)
 * // → ["Russian president", "threaten"]   (the phrase expands to putin, kremlin, …)
 */
export function planQuery(question: string, index: PassageIndex): QueryPlan {
  const folded = questionText(question, index);
  const cue = answerTypeCue(folded);
  const asked = articlesAsked(folded, index);
  const head = whatPhraseHead(folded);
  const answerNoun = head?.namesAnswerKind ? head.start : undefined;
  // A word class only changes how much an idea counts when the corpus holds none of its terms
  // ("threaten" and its synonym "threat": it holds "threat"), and the tagger takes a quarter
  // of a second to load: it tags the question only when `concept`, "where is X" or a guessed
  // place asks, once.
  let classes: Map<number, WordClass> | undefined;
  const tagged = () => {
    classes ??= wordClasses(folded);
    return classes;
  };
  const preamble = preambleSpans(folded);
  // "fact check: was it…", "need a quote: did the official…": the question opens after its label.
  const opening = preamble.find((span) => span.start === 0)?.end ?? 0;
  const yesNo = isYesNoQuestion(folded.slice(opening));
  const guessed = guessedValues(folded, index, tagged, { yesNo, aside: preamble });
  // Words that ask ("when", "what date"), name the article asked about or what the answer is
  // not ("besides talks, …"), or guess the answer ("on friday, right?") are not searched.
  const unsearched = [
    ...cue.spans,
    ...guessed.spans,
    ...asked.spans,
    ...exceptedSpans(folded),
    ...preamble,
  ];
  const words = analyzeTokens(folded);
  const manner = mannerSpans(folded);
  const tokens = withParticles(
    words.map((token) =>
      withSoundAlikeRead(
        withSlipRepaired(withAcronymRead(withDroppedG(token, index), index), index),
        index,
      ),
    ),
  ).filter(
    (token, position, read) =>
      token.terms.length > 0 &&
      token.start !== answerNoun &&
      !isStopwordTypo(token, position, index, read[position + 1]) &&
      !unsearched.some((span) => token.start >= span.start && token.end <= span.end),
  );
  const { byTerm, byPhrase, longestPhrase } = analyzedSynonyms();
  // A yes/no question is answered by the opposite as much as by the same ("anything new?").
  const opposites = yesNo ? analyzedOpposites() : new Map<string, string[]>();
  const expansionsOf = (term: string) => [
    ...(byTerm.get(term) ?? []),
    ...(opposites.get(term) ?? []),
  ];
  // In a question not written all in capitals, a word in capitals (the tokenizer's acronym,
  // "SWIFT") is a name, though the tagger may read it as a common word.
  const shouted = !/\p{Ll}/u.test(folded);
  const classOfTokens =
    (group: ReadonlyArray<{ start: number; surface: string; acronym: boolean }>) =>
    (): WordClass => {
      if (!shouted && group.some((token) => token.acronym)) return "name";
      const byStart = tagged();
      return strongestClass(group.map((token) => coinedAsNoun(token, byStart.get(token.start))));
    };
  const concepts: Concept[] = [];
  const focusStart = head && !head.namesAnswerKind ? head.start : undefined;
  // What a "who" question says was done counts as a "which" question's thing would, when the
  // articles lack it; found in the articles, it is matched like any other word.
  const done = whoPhraseHead(folded);
  const subjectStart = subjectAskedOf(folded);

  // Where the last idea ended, and whether it was one word: two single words side by side
  // may name one thing ("phone call"), and "or" between two ideas makes them a choice.
  let last: { end: number; single: boolean } | undefined;
  // Where each idea starts and ends in the question, to find the options of a choice.
  const spans: TextSpan[] = [];
  const push = (made: Concept, start: number, end: number, single: boolean) => {
    const previous = concepts.at(-1);
    const gap = last === undefined ? undefined : folded.slice(last.end, start);
    const adjoins = gap !== undefined && /^\s+$/.test(gap);
    if (previous && gap !== undefined && ALTERNATIVE.test(gap)) {
      // "Biden or Putin?": either answers, so a sentence naming one covers the whole choice.
      concepts[concepts.length - 1] = joinConcepts(previous, made, true);
      stretchLast(spans, end);
      last = { end, single };
      return;
    }
    if (
      previous &&
      gap !== undefined &&
      single &&
      last?.single &&
      adjoins &&
      namesTheSame(previous, made)
    ) {
      // "phone call": counted as two, a sentence saying either word would seem to cover
      // only half the question.
      concepts[concepts.length - 1] = joinConcepts(previous, made);
      stretchLast(spans, end);
    } else {
      concepts.push(made);
      spans.push({ start, end });
    }
    last = { end, single };
  };
  for (let i = 0; i < tokens.length; ) {
    const phrase = longestPhraseAt(tokens, i, longestPhrase, byPhrase);
    if (phrase) {
      // A verb with its particle ("set up", "reach out") means what the verb alone does not:
      // "set up the call" is not "set out two routes".
      const own =
        phrase.byParticle && phrase.tokens.length === 1
          ? []
          : phrase.tokens.flatMap((token) => token.terms);
      const surface = phrase.tokens.map((token) => token.surface).join(" ");
      // An idiom for a weak word ("take place" for "happen") is as weak as the word; one whose
      // synonyms merely include a weak word ("reach out": request, ask, want…) is not.
      const weakShare =
        phrase.expansions.filter((term) => weakWordTerms().has(term)).length /
        Math.max(1, phrase.expansions.length);
      const weak = weakShare >= 0.5;
      const wordClass = weak ? "weak" : classOfTokens(phrase.tokens);
      // Each word of a phrase stands for part of it ("Russian" of "Russian leader"): "Russian
      // officials" do not name the Russian leader. Its synonyms ("Putin") stand for the whole.
      const made = concept(surface, own, phrase.expansions, index, wordClass, NO_SINGLE_WORD);
      if (phrase.tokens.some((token) => token.start === focusStart)) markFocus(made);
      push(made, phrase.tokens[0]?.start ?? 0, phrase.tokens.at(-1)?.end ?? 0, false);
      i += phrase.tokens.length;
      continue;
    }
    const token = tokens[i++];
    if (!token) break;
    const whole = token.terms[token.terms.length - 1] ?? "";
    const expansions = token.terms.flatMap(expansionsOf);
    const weak =
      token.terms.length === 1 &&
      weakWordTerms().has(token.terms[0] ?? "") &&
      !namesAgent(token.surface, token.terms[0] ?? "");
    const wordClass = weak ? "weak" : classOfTokens([token]);
    let made = concept(token.surface, token.terms, expansions, index, wordClass, whole);
    if (!made.inCorpus && made.wordClass === "modifier" && within(token, manner)) {
      const tone = [TONE_TERM, ...expansionsOf(TONE_TERM)];
      made = concept(token.surface, token.terms, [...expansions, ...tone], index, wordClass, whole);
    }
    if (
      token.start === focusStart ||
      ((token.start === done?.start || token.start === subjectStart) && !made.inCorpus)
    ) {
      markFocus(made);
    }
    push(made, token.start, token.end, true);
  }

  const cues = cue.terms
    .filter((term) => isSelective(term, "cue", index))
    .map((term) => planned(term, "cue", 0));
  markChoiceOptions(concepts, spans, folded);
  markAttributed(concepts, spans, folded);
  markAsides(concepts, spans, folded);
  markContrasted(concepts, spans, folded);
  markCircumstances(concepts, spans, done);
  markTimeSpans(concepts, spans, folded);
  markNamedPair(concepts, spans, cue.pair);
  const speaker = speakerTerms(folded, words, concepts, spans, tagged);
  const merged = mergeDuplicates(concepts);
  const whereabouts = cue.kinds.includes("place") ? whereaboutsOf(folded, tagged) : [];
  return {
    concepts: merged,
    cues,
    kinds: kindsAsked(folded, yesNo, [...cue.kinds, ...guessed.kinds], merged, whereabouts, tagged),
    whereabouts,
    speaker,
    kindAsked: asksWhatKind(folded),
    countedTerms: countedAsCorpusWords(cue.countedTerms, byTerm, index),
    namedTerms: cue.namedTerms,
    months: monthsNamed(folded),
    quotes: quotedPhrases(folded),
    ...(asked.article ? { article: asked.article } : {}),
  };
}

/**
 * "Reporters" stems to the weak "report", but names people, not what was told: the agent noun
 * of a weak verb is a topic ("who spoke to reporters for the US side?").
 */
function namesAgent(surface: string, term: string): boolean {
  return /ers?$/i.test(surface) && !term.endsWith("er");
}

function stretchLast(spans: TextSpan[], end: number): void {
  const lastSpan = spans.at(-1);
  if (lastSpan) lastSpan.end = end;
}
