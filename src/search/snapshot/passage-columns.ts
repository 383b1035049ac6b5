import type { Article } from "../../corpus/article.js";
import type { Passage } from "../../passages/passage.js";

/** Columns of a snapshot's `passages` section, each as long as there are passages. */
const PASSAGE_COLUMNS = 7;

/**
 * Passages as `Int32` columns: article number, paragraph, sentence, start and length of the
 * text within its paragraph, previous and next passage (−1 for none). A passage's text is a
 * slice of its paragraph, so it is stored, decoded and held once; one that is not (none so
 * far) goes to `texts`, by id, with start −1.
 */
export function passagesToColumns(
  passages: readonly Passage[],
  articles: ReadonlyMap<string, Article>,
  articleNumber: ReadonlyMap<string, number>,
): { columns: Int32Array; texts: Record<string, string> } {
  const count = passages.length;
  const columns = new Int32Array(count * PASSAGE_COLUMNS);
  const texts: Record<string, string> = {};
  for (const [i, passage] of passages.entries()) {
    const article = articleNumber.get(passage.articleId);
    const paragraph = articles.get(passage.articleId)?.paragraphs[passage.paragraph - 1];
    if (article === undefined || passage.id !== i) throw new Error("passages do not match");
    let start = paragraph?.indexOf(passage.text) ?? -1;
    if (start < 0) {
      texts[i] = passage.text;
      start = -1;
    }
    const values = [
      article,
      passage.paragraph,
      passage.sentence,
      start,
      passage.text.length,
      passage.prev ?? -1,
      passage.next ?? -1,
    ];
    for (const [column, value] of values.entries()) columns[column * count + i] = value;
  }

  return { columns, texts };
}

export function passagesFromColumns(
  columns: Int32Array,
  articles: readonly Article[],
  texts: Readonly<Record<string, string>>,
): Passage[] {
  const count = columns.length / PASSAGE_COLUMNS;
  if (!Number.isInteger(count)) throw new Error("bad passage columns");
  const column = (c: number, i: number) => columns[c * count + i] ?? -1;
  const passages: Passage[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const article = articles[column(0, i)];
    const paragraphNumber = column(1, i);
    const paragraph = article?.paragraphs[paragraphNumber - 1];
    if (!article || paragraph === undefined) throw new Error("passage out of range");
    const start = column(3, i);
    const length = column(4, i);
    const text = start < 0 ? texts[i] : paragraph.slice(start, start + length);
    if (text === undefined || text.length !== length) throw new Error("passage text out of range");
    const prev = column(5, i);
    const next = column(6, i);
    passages[i] = {
      id: i,
      articleId: article.id,
      paragraph: paragraphNumber,
      sentence: column(2, i),
      text,
      prev: prev < 0 ? null : prev,
      next: next < 0 ? null : next,
    };
  }
  return passages;
}
