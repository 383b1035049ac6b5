import { outletLabel } from "../corpus/article.js";
import { namesPersonByTitle, unaffiliatedTitles } from "../search/affiliated-titles.js";
import type { PassageIndex } from "../search/passage-index.js";
import { planQuery, type QueryPlan } from "../search/query-plan.js";
import { type RankedPassage, rankPassages } from "../search/rank-passages.js";
import type { Answer, Citation, Snippet } from "./answer-types.js";
import { groupSameFacts } from "./corroborate.js";
import { validateQuestion } from "./question-error.js";
import { snippetText } from "./snippet-text.js";
import { suggestQuestions } from "./suggest.js";

export interface AnswerOptions {
  /** The corpus index to answer from (see `buildPassageIndex`). */
  index: PassageIndex;
  /** Most snippets to return, best first. Default 5. */
  limit?: number;
  /** Offer questions the corpus can answer when it cannot answer this one. Default true. */
  suggest?: boolean;
}

/**
 * The corpus answers when its best passage covers at least this share of the question's
 * ideas, weighed by rarity. Below it the answer is an honest "not found".
 */
export const ANSWER_COVERAGE = 0.4;
/** Further snippets must cover this much of the question and score this share of the best. */
const EXTRA_SNIPPET_COVERAGE = 0.35;
const EXTRA_SNIPPET_SCORE = 0.2;

/**
 * Answers a question from the corpus. Pure: the same index and question give the same answer.
 *
 * @example
 * const reply = answer("What did Putin threaten?", { index });
 * reply.answered;            // true
 * reply.snippets[0].text;    // "… Putin warned Biden of a “complete rupture” in ties …"
 * reply.snippets[0].corroboratedBy.map((c) => c.outlet); // ["TURAN"]
 * @throws QuestionError when the question is empty or too long.
 */
export function answer(question: string, options: AnswerOptions): Answer {
  const trimmed = validateQuestion(question);
  const { index, limit = 5, suggest = true } = options;
  const plan = planQuery(trimmed, index);
  if (plan.concepts.length === 0) {
    return { question: trimmed, answered: false, snippets: [], refusal: "no-content-words" };
  }
  const ranked = rankPassages(index, plan);
  const best = ranked[0];
  if (
    !best ||
    best.eitherCoverage < ANSWER_COVERAGE ||
    missingNames(plan, ranked).length > 0 ||
    unaffiliatedTitles(trimmed, plan.concepts, index).length > 0
  ) {
    const suggestions = suggest
      ? suggestQuestions(index, ranked, trimmed, (q) => isAnswerable(index, q))
      : [];
    return {
      question: trimmed,
      answered: false,
      snippets: [],
      refusal: "not-in-corpus",
      ...(suggestions.length > 0 ? { suggestions } : {}),
    };
  }
  const relevant = ranked.filter(
    (r) =>
      r === best ||
      (r.coverage >= EXTRA_SNIPPET_COVERAGE && r.score >= best.score * EXTRA_SNIPPET_SCORE),
  );
  const searched = searchedTerms(plan);
  const snippets: Snippet[] = [];
  // A snippet may quote a neighbour beside its sentence; two neighbours that both rank would
  // then each show the pair. No sentence is quoted twice.
  const quoted = new Set<number>();
  for (const group of groupSameFacts(index, relevant)) {
    if (snippets.length === limit) break;
    if (quoted.has(group.lead.passageId)) continue;
    const { snippet, beside } = quote(index, group.lead, group.others, searched, quoted);
    quoted.add(group.lead.passageId);
    if (beside !== undefined) quoted.add(beside);
    snippets.push(snippet);
  }
  return { question: trimmed, answered: true, snippets };
}

/**
 * Per index, whether each suggestion it was asked to check is answerable. Suggestions are
 * built from the corpus's own quotes, so there are few of them, yet checking one costs a whole
 * answer: without this, a refusal cost up to four answers (two thirds of its time).
 */
const answerableCache = new WeakMap<PassageIndex, Map<string, boolean>>();

function isAnswerable(index: PassageIndex, question: string): boolean {
  let known = answerableCache.get(index);
  if (!known) {
    known = new Map();
    answerableCache.set(index, known);
  }
  let answerable = known.get(question);
  if (answerable === undefined) {
    answerable = answer(question, { index, suggest: false, limit: 1 }).answered;
    known.set(question, answerable);
  }
  return answerable;
}

/** Quotes a ranked passage as a snippet, citing `others` as reports of the same fact. */
export function toSnippet(
  index: PassageIndex,
  lead: RankedPassage,
  others: readonly RankedPassage[],
  searched: ReadonlySet<string>,
): Snippet {
  return quote(index, lead, others, searched, new Set()).snippet;
}

/**
 * `toSnippet`, which also tells which neighbour it quoted beside the passage. A neighbour in
 * `quoted`, shown in an earlier snippet already, is not quoted again.
 */
function quote(
  index: PassageIndex,
  lead: RankedPassage,
  others: readonly RankedPassage[],
  searched: ReadonlySet<string>,
  quoted: ReadonlySet<number>,
): { snippet: Snippet; beside?: number } {
  const terms = new Set([...searched, ...lead.textTerms]);
  const { text, highlights, beside } = snippetText(
    requirePassage(index, lead.passageId),
    index.passages,
    terms,
    quoted,
  );
  const snippet: Snippet = {
    ...citation(index, lead.passageId),
    text,
    score: round(lead.score),
    matchedTerms: lead.queryTerms,
    highlights,
    corroboratedBy: others.map((other) => citation(index, other.passageId)),
  };
  return beside === undefined ? { snippet } : { snippet, beside };
}

export function citation(index: PassageIndex, passageId: number): Citation {
  const passage = requirePassage(index, passageId);
  const article = index.articles.get(passage.articleId);
  if (!article) throw new Error(`passage ${passageId} names unknown article ${passage.articleId}`);
  return {
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    paragraph: passage.paragraph,
    url: article.url,
    passageId,
  };
}

/** A short human label for a citation: "TURAN, ¶3". */
export function citationLabel(c: Pick<Citation, "outlet" | "paragraph">): string {
  return `${outletLabel(c)}, ¶${c.paragraph}`;
}

/**
 * Names and numbers of the question that the corpus does not hold, not even as a likely
 * typo. Such a name is a hard constraint: whatever else matches, the articles do not speak
 * of it ("What did Biden say about China?"). So is a person named by a title the corpus never
 * uses, nor any synonym of it ("the national security adviser", "the US ambassador"): the
 * articles do not speak of that person either.
 */
function missingNames(plan: QueryPlan, ranked: readonly RankedPassage[]): string[] {
  // "The name of the Kremlin aide": the articles cannot name what they never mention.
  const asksName = plan.kinds.includes("name");
  // "15 mins or an hour?": when the corpus holds one option, the other's words may be lacking.
  const choiceHeld = plan.concepts.some((c) => c.alternatives && c.inCorpus);
  const optionHeld = (option: number) =>
    choiceHeld || plan.concepts.some((c) => c.option === option && c.inCorpus);
  return plan.concepts
    .filter(
      (c) =>
        // A title is a noun, whatever the tagger made of it ("the us ambassador").
        (c.wordClass === "name" || (asksName && c.wordClass === "noun") || namesPersonByTitle(c)) &&
        !(c.option !== undefined && optionHeld(c.option === 1 ? 2 : 1)) &&
        !c.inCorpus &&
        !c.aside &&
        !ranked.some((r) => c.terms.some((t) => r.queryTerms.includes(t.term))),
    )
    .map((c) => c.surface);
}

/** The terms worth bolding: every term of the question's ideas, except its filler words. */
export function searchedTerms(plan: QueryPlan): Set<string> {
  return new Set(plan.concepts.filter((c) => !c.weak).flatMap((c) => c.terms.map((t) => t.term)));
}

function requirePassage(index: PassageIndex, id: number) {
  const passage = index.passages[id];
  if (!passage) throw new Error(`no passage ${id}`);
  return passage;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
