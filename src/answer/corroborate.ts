import { inverseDocumentFrequency, type PassageIndex } from "../search/passage-index.js";
import type { RankedPassage } from "../search/rank-passages.js";
import { analyzeTokens } from "../text/analyze.js";

/** A fact reported once or more: the best-ranked passage and the others that say the same. */
export interface FactGroup {
  lead: RankedPassage;
  others: RankedPassage[];
}

/**
 * Two passages report the same fact when their words, weighed by rarity, mostly coincide
 * (cosine ≥ this). Measured across the two shipped articles: the two "economic costs" quotes
 * score 0.98 and the Psaki "de-escalation" quotes 0.75 and 0.38, while the highest pair of
 * different facts scores 0.27. The two "rupture" sentences score only 0.20: see below.
 */
export const SAME_FACT_SIMILARITY = 0.33;

/**
 * A sentence that packs several facts ("Biden warned of costs, while Putin warned of a
 * rupture…") resembles each single-fact report of them only in part, so whole-sentence
 * similarity misses it. It still shares that fact's rare words with the other report
 * ("rupture", "ties", "sanctions"), which commonplace facts do not: two sentences also report
 * the same fact when the rare words they share weigh this much, in units of the rarest
 * possible word's weight. Measured on the shipped articles: the "rupture" pair shares 1.77,
 * the "50-minute call" pair 2.35; the two opening sentences, which share only "Joe" and
 * "Vladimir", weigh 1.18. Only reports in different articles are joined this way.
 */
export const SAME_FACT_SHARED_RARE_WEIGHT = 1.7;
/** Words in more than this share of passages are too common to mark a fact. */
const RARE_WORD_SHARE = 0.15;

/**
 * Groups ranked passages that state the same fact, keeping rank order, so an answer says a
 * fact once and cites every article that reports it.
 */
export function groupSameFacts(index: PassageIndex, ranked: readonly RankedPassage[]): FactGroup[] {
  const groups: Array<FactGroup & { vector: Map<string, number> }> = [];
  const wordRuns = new Map<number, Set<string>>();
  const runsOf = (passageId: number) => {
    let runs = wordRuns.get(passageId);
    if (!runs) {
      runs = quotedWordRuns(index.passages[passageId]?.text ?? "");
      wordRuns.set(passageId, runs);
    }
    return runs;
  };
  const shareWords = (
    a: number,
    b: number,
    vectorOfA: Map<string, number>,
    vectorOfB: Map<string, number>,
  ) => {
    // A run of three needs three shared terms: most pairs fail that and need no reading.
    if (sharedTerms(vectorOfA, vectorOfB) < SHARED_RUN) return false;
    const runsOfB = runsOf(b);
    return [...runsOf(a)].some((run) => runsOfB.has(run));
  };
  for (const candidate of ranked) {
    const vector = termVector(index, candidate.passageId);
    const match = groups.find(
      (group) =>
        (cosine(group.vector, vector) >= SAME_FACT_SIMILARITY ||
          (!sameArticle(index, group.lead.passageId, candidate.passageId) &&
            (sharedRareWeight(index, group.vector, vector) >= SAME_FACT_SHARED_RARE_WEIGHT ||
              shareWords(group.lead.passageId, candidate.passageId, group.vector, vector)))) &&
        !sameParagraph(index, group.lead.passageId, candidate.passageId),
    );
    if (match) match.others.push(candidate);
    else groups.push({ lead: candidate, others: [], vector });
  }
  return groups.map(({ lead, others }) => ({ lead, others }));
}

/**
 * Two articles that use the same words, three or more in a row ("serious costs and
 * consequences"), quote or paraphrase the same source: they report the same fact. Names
 * break a run, since "US President Joe Biden" opens many sentences about different things.
 * Measured on the shipped articles: the four cross-article pairs that share such a run are
 * all the same fact (the costs warning, the economic costs, both Psaki quotes).
 */
const SHARED_RUN = 3;

/** Each run of SHARED_RUN index terms of lower-case words in a text, joined by spaces. */
function quotedWordRuns(text: string): Set<string> {
  const runs = new Set<string>();
  let run: string[] = [];
  for (const token of analyzeTokens(text)) {
    if (/^\p{Lu}/u.test(token.surface)) {
      run = [];
      continue;
    }
    if (token.terms.length === 0) continue;
    run.push(token.terms.join("+"));
    if (run.length >= SHARED_RUN) runs.add(run.slice(-SHARED_RUN).join(" "));
  }
  return runs;
}

/** A passage's distinct terms, each weighed by its inverse document frequency, unit length. */
function termVector(index: PassageIndex, passageId: number): Map<string, number> {
  const vector = new Map<string, number>();
  for (const term of index.passageTerms.termsOf(passageId)) {
    vector.set(term, inverseDocumentFrequency(index, term));
  }
  const norm = Math.hypot(...vector.values()) || 1;
  for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

function sharedRareWeight(
  index: PassageIndex,
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
): number {
  const rarest = inverseDocumentFrequency(index, "\u0000");
  const commonLimit = Math.max(2, index.passages.length * RARE_WORD_SHARE);
  let weight = 0;
  for (const term of a.keys()) {
    if (!b.has(term) || (index.documentFrequency.get(term) ?? 0) > commonLimit) continue;
    weight += inverseDocumentFrequency(index, term) / rarest;
  }
  return weight;
}

function sharedTerms(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  for (const term of a.keys()) if (b.has(term)) shared++;
  return shared;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  return dot;
}

function sameArticle(index: PassageIndex, a: number, b: number): boolean {
  return index.passages[a]?.articleId === index.passages[b]?.articleId;
}

function sameParagraph(index: PassageIndex, a: number, b: number): boolean {
  const pa = index.passages[a];
  const pb = index.passages[b];
  return (
    pa !== undefined &&
    pb !== undefined &&
    pa.articleId === pb.articleId &&
    pa.paragraph === pb.paragraph
  );
}
