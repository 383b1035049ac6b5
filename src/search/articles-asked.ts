import { articlesNamedBySource } from "./article-by-source.js";
import {
  articleNamedByPlace,
  closeAskedOf,
  type ReferredArticle,
  referredArticle,
} from "./article-reference.js";
import type { TextSpan } from "./choice-options.js";
import type { PassageIndex } from "./passage-index.js";

/**
 * The articles, and the part of them, a question asks of, and the words that say so, which
 * are not searched: "according to the second article", "at the very end of the unsigned
 * piece", "the non-TURAN story".
 *
 * @example
 * articlesAsked("what did psaki add at the end of the unsigned article?", index);
 * // { article: { ids: ["phone-chat-cautions"], part: "close" },
 * //   spans: [{ start: 19, end: 53 }, { start: 33, end: 53 }] }
 */
export function articlesAsked(
  folded: string,
  index: PassageIndex,
): { article?: ReferredArticle; spans: TextSpan[] } {
  const reference = articleNamedByPlace(folded, index.articles.size);
  if (reference) return { article: referredArticle(reference, index), spans: [reference.span] };
  const close = closeAskedOf(folded);
  const bySource = articlesNamedBySource(folded, index);
  const spans = [...(close ? [close] : []), ...(bySource ? [bySource.span] : [])];
  if (!close && !bySource) return { spans };
  return {
    article: {
      ...(bySource ? { ids: bySource.ids } : {}),
      ...(close ? { part: "close" as const } : {}),
    },
    spans,
  };
}
