/**
 * One sentence of one article: the unit the index ranks and a snippet quotes.
 * Passages of a corpus live in one array and `id` is the position in it, so neighbours are
 * plain numbers and an index snapshot stays compact.
 */
export interface Passage {
  id: number;
  articleId: string;
  /** 1-based paragraph number within the article, as a citation's ¶N shows it. */
  paragraph: number;
  /** 1-based sentence number within the paragraph. */
  sentence: number;
  text: string;
  /** The previous and next sentence of the same article, or `null` at its edges. */
  prev: number | null;
  next: number | null;
}
