import type { Snippet } from "./answer-types.js";

/**
 * One page of `/search` results: passages ranked for a query, optionally within one article.
 * Unlike an `Answer`, search never refuses; it lists what matched, best first.
 */
export interface SearchResults {
  /** The query as the user typed it (trimmed). */
  query: string;
  /** The article searched within, or `null` for the whole corpus. */
  articleId: string | null;
  /** 0-based page shown. */
  page: number;
  /** Pages in all, at least 1 even when nothing matched. */
  pageCount: number;
  /** Matching passages in all pages. */
  total: number;
  /** This page's passages, best first; `corroboratedBy` is always empty here. */
  hits: Snippet[];
}

/** Passages per `/search` page. */
export const SEARCH_PAGE_SIZE = 5;
