import type { PassageIndex } from "./passage-index.js";

/** "early 2022", "the start of 2022": the first part of a year named by its number. */
const EARLY_IN_YEAR =
  /\b(?:early|(?:the\s+)?(?:start|beginning)\s+of)\s+((?:19|20)\d\d)\b(?!\s*[-–]\d)/giu;

/**
 * A question names the year after the articles' as a number ("which talks are planned for
 * early 2022?") where the articles, all written the year before, say "early next year". When
 * every dated article of the corpus was published in one year, the first part of the next is
 * read as "early next year". A corpus spanning years has no one "next year" and is left alone.
 *
 * @example
 * withRelativeYear("what talks are set for early 2022?", index); // "what talks are set for early next year?"
 */
export function withRelativeYear(folded: string, index: PassageIndex): string {
  if (!/\d{4}/.test(folded)) return folded;
  const year = publishedYear(index);
  if (year === null) return folded;
  return folded.replace(EARLY_IN_YEAR, (phrase, named: string) =>
    Number(named) === year + 1 ? "early next year" : phrase,
  );
}

/** Per index, the one year its dated articles were published in, or `null`. */
const yearOf = new WeakMap<PassageIndex, number | null>();

/** Read once per index, not per question: a large corpus has thousands of articles. */
function publishedYear(index: PassageIndex): number | null {
  let year = yearOf.get(index);
  if (year === undefined) {
    const years = new Set<number>();
    for (const article of index.articles.values()) {
      const published = Number.parseInt(article.published?.slice(0, 4) ?? "", 10);
      if (Number.isFinite(published)) years.add(published);
    }
    year = years.size === 1 ? ([...years][0] ?? null) : null;
    yearOf.set(index, year);
  }
  return year;
}
