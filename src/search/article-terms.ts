import type { Article } from "../corpus/article.js";
import { analyze } from "../text/analyze.js";
import { filledFieldTerms } from "./front-matter-terms.js";
import type { PassageIndex } from "./passage-index.js";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const byIndex = new WeakMap<PassageIndex, ReadonlyMap<string, ReadonlySet<string>>>();

/**
 * What every sentence of an article is about without saying so: its outlet, its author and
 * its dates (the front matter's `published` and any other ISO date, such as the day it
 * reports on), as index terms. "Was this the first call in December?" finds a December
 * article although no sentence names the month.
 *
 * @example
 * articleTerms(index).get("turan-serious-substantive-call"); // Set {"turan", "alex", …, "decemb", "2021"}
 */
export function articleTerms(index: PassageIndex): ReadonlyMap<string, ReadonlySet<string>> {
  let terms = byIndex.get(index);
  if (!terms) {
    terms = new Map([...index.articles.values()].map((a) => [a.id, termsAbout(a)] as const));
    byIndex.set(index, terms);
  }
  return terms;
}

const anyArticle = new WeakMap<PassageIndex, ReadonlySet<string>>();

/** Whether some article's outlet, author or dates give this term. */
export function isArticleTerm(index: PassageIndex, term: string): boolean {
  let all = anyArticle.get(index);
  if (!all) {
    all = new Set([...articleTerms(index).values()].flatMap((terms) => [...terms]));
    anyArticle.set(index, all);
  }
  return all.has(term);
}

function termsAbout(article: Article): Set<string> {
  const words = [article.outlet, article.author].filter((w): w is string => Boolean(w));
  const dates = [article.published, ...Object.values(article.extra)].filter(
    (value): value is string => typeof value === "string" && ISO_DATE.test(value),
  );
  for (const date of dates) words.push(...dateWords(date));
  return new Set([...words.flatMap((word) => analyze(word)), ...filledFieldTerms(article)]);
}

/** "2021-12-30" → its weekday, day, month and year, as a question would name them. */
function dateWords(iso: string): string[] {
  const [, year = "", month = "", day = ""] = ISO_DATE.exec(iso) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) return [];
  return [
    WEEKDAYS[date.getUTCDay()] ?? "",
    String(date.getUTCDate()),
    MONTHS[date.getUTCMonth()] ?? "",
    year,
  ];
}
