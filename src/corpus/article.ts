/** One news article as the engine sees it: citation metadata plus its body paragraphs. */
export interface Article {
  /** Stable identifier, unique in the corpus; lower-case letters, digits and dashes. */
  id: string;
  title: string;
  /** The publishing outlet, or `null` when the source does not say (never guessed). */
  outlet: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) of publication, or `null` when unknown. */
  published: string | null;
  /** Link to the original; empty when the capture has none. */
  url: string;
  /** Front-matter keys the engine does not interpret (dateline, reports_on, source…), kept for citations. */
  extra: Readonly<Record<string, string | number | boolean | null>>;
  /** Body paragraphs in order; paragraph N (1-based) is `paragraphs[N - 1]`. */
  paragraphs: readonly string[];
  /** The file it came from, relative to the corpus folder. */
  file: string;
}

/** How a citation names the outlet when the article does not. */
export const UNKNOWN_OUTLET = "Unknown outlet";

export function outletLabel(article: Pick<Article, "outlet">): string {
  return article.outlet ?? UNKNOWN_OUTLET;
}
