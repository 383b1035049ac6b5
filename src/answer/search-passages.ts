import type { Article } from "../corpus/article.js";
import type { PassageIndex } from "../search/passage-index.js";
import { planQuery, type QueryPlan } from "../search/query-plan.js";
import { type RankedPassage, rankPassages } from "../search/rank-passages.js";
import { searchedTerms, toSnippet } from "./answer.js";
import { QuestionError, validateQuestion } from "./question-error.js";
import { SEARCH_PAGE_SIZE, type SearchResults } from "./search-types.js";

export interface SearchOptions {
  index: PassageIndex;
  /** Search within this article only (its id); `null` or absent for the whole corpus. */
  articleId?: string | null;
  /** 0-based page; out-of-range pages show the nearest page that exists. */
  page?: number;
}

/**
 * At most this many passages are listed in all (20 pages): past that, a reader refines the
 * query rather than pages on, and the bound keeps every page request cheap on big corpora.
 */
export const MAX_SEARCH_RESULTS = 100;

/** Most characters of a wrong article name the error quotes back. */
const QUOTED_ARTICLE_MAX = 80;

/** `/search` named an article the corpus does not have; the message says what to do. */
export class UnknownArticleError extends QuestionError {
  override name = "UnknownArticleError";
  constructor(readonly articleId: string) {
    // The name can be anything pasted, up to 6,000 characters: quoted whole, it would push
    // the advice past what a message shows.
    const chars = [...articleId];
    const quoted =
      chars.length > QUOTED_ARTICLE_MAX
        ? `${chars.slice(0, QUOTED_ARTICLE_MAX).join("")}…`
        : articleId;
    super(`There is no article “${quoted}”: pick one from the list, or leave it out.`);
  }
}

/**
 * Lists the passages that match a query, best first, one page at a time. Unlike `answer()` it
 * never refuses: any passage that holds one of the query's ideas is listed.
 *
 * @example
 * const page = searchPassages("sanctions", { index });
 * page.total;            // passages mentioning sanctions (or a synonym)
 * page.hits[0].text;     // "… if the US placed sanctions on Russia …"
 * searchPassages("costs", { index, articleId: "phone-chat-cautions", page: 1 });
 * @throws QuestionError when the query is empty or too long; UnknownArticleError for an
 *   article id the corpus lacks.
 */
export function searchPassages(query: string, options: SearchOptions): SearchResults {
  const trimmed = validateQuestion(query);
  const { index } = options;
  const articleId = options.articleId ?? null;
  if (articleId !== null && !index.articles.has(articleId)) {
    throw new UnknownArticleError(articleId);
  }
  const plan = planQuery(trimmed, index);
  const matches = rankAll(index, plan).filter(
    (ranked) =>
      ranked.coverage > 0 &&
      (articleId === null || index.passages[ranked.passageId]?.articleId === articleId),
  );
  const total = Math.min(matches.length, MAX_SEARCH_RESULTS);
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const page = clampPage(options.page ?? 0, pageCount);
  const searched = searchedTerms(plan);
  const hits = matches
    .slice(page * SEARCH_PAGE_SIZE, Math.min(total, (page + 1) * SEARCH_PAGE_SIZE))
    .map((ranked) => toSnippet(index, ranked, [], searched));
  return { query: trimmed, articleId, page, pageCount, total, hits };
}

/**
 * The article a user named in `/search article:`: its id (what autocomplete fills in) or,
 * for someone who typed instead of picking, its exact title. `null` when nothing matches.
 */
export function resolveArticle(index: PassageIndex, typed: string): Article | null {
  const wanted = typed.trim();
  const byId = index.articles.get(wanted);
  if (byId) return byId;
  const lower = wanted.toLowerCase();
  for (const article of index.articles.values()) {
    if (article.title.toLowerCase() === lower) return article;
  }
  return null;
}

function rankAll(index: PassageIndex, plan: QueryPlan): RankedPassage[] {
  if (plan.concepts.length === 0) return [];
  // Within one article the best corpus-wide matches may all lie elsewhere, so rank widely;
  // the cap still bounds the work on a large corpus.
  const ranked = rankPassages(index, plan, MAX_SEARCH_RESULTS * 10);
  // A search lists the query's own words before their synonyms: a reader who searched "Putin"
  // expects the sentences naming him first, then those saying "the Kremlin". The sort is
  // stable, so each group keeps its ranking.
  const ownWords = (r: RankedPassage) =>
    plan.concepts.filter((c) =>
      c.terms.some((t) => t.kind !== "expansion" && r.queryTerms.includes(t.term)),
    ).length;
  return ranked
    .map((r) => ({ r, own: ownWords(r) }))
    .sort((a, b) => b.own - a.own)
    .map(({ r }) => r);
}

function clampPage(page: number, pageCount: number): number {
  if (!Number.isFinite(page)) return 0;
  return Math.min(Math.max(0, Math.trunc(page)), pageCount - 1);
}
