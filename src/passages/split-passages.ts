import type { Article } from "../corpus/article.js";
import type { Passage } from "./passage.js";
import { splitSentences } from "./sentences.js";

/**
 * Splits articles into sentence passages, numbered across the whole corpus in article order.
 *
 * @example
 * splitPassages([{ id: "a", paragraphs: ["One. Two."], … }])
 * // → [{ id: 0, articleId: "a", paragraph: 1, sentence: 1, text: "One.", prev: null, next: 1 }, …]
 */
export function splitPassages(articles: readonly Pick<Article, "id" | "paragraphs">[]): Passage[] {
  const passages: Passage[] = [];
  for (const article of articles) {
    const first = passages.length;
    article.paragraphs.forEach((paragraph, p) => {
      splitSentences(paragraph).forEach((text, s) => {
        const id = passages.length;
        passages.push({
          id,
          articleId: article.id,
          paragraph: p + 1,
          sentence: s + 1,
          text,
          prev: id > first ? id - 1 : null,
          next: null,
        });
      });
    });
    for (let id = first; id < passages.length - 1; id++) {
      const passage = passages[id];
      if (passage) passage.next = id + 1;
    }
  }
  return passages;
}
