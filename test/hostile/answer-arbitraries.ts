/**
 * Hand-made answers and search pages with hostile text wherever text can go: snippet texts,
 * titles, outlets, links, questions and suggestions. The engine never produces most of these
 * (its snippets are at most 350 characters of corpus text), but the renderer must not rely on
 * that: a corpus is anyone's Markdown files.
 */
import fc from "fast-check";
import type { Answer, Citation, Highlight, Snippet } from "../../src/answer/answer-types.js";
import type { SearchResults } from "../../src/answer/search-types.js";
import { makeCitation, makeRefusal, makeSnippet } from "../render/discord/factories.js";
import { hostileText } from "./arbitraries.js";

/** Ids as the corpus loader accepts them, and, since a renderer must not care, any text. */
const articleId = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/) },
  { weight: 1, arbitrary: hostileText(200) },
);

const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constant(""),
  fc.constantFrom(
    "https://evil.example/@everyone",
    "https://evil.example/<@123>",
    "javascript:alert(1)",
  ),
  hostileText(600),
);

export const hostileCitation: fc.Arbitrary<Citation> = fc
  .record({
    articleId,
    title: hostileText(400),
    outlet: fc.option(hostileText(200), { nil: null }),
    paragraph: fc.integer({ min: 1, max: 100_000 }),
    url,
    passageId: fc.nat({ max: 1_000_000 }),
  })
  .map((fields) => makeCitation(fields));

/** Highlights as (position, size) pairs, placed once the text they mark is known. */
const rawHighlights = fc.array(
  fc.tuple(fc.nat({ max: 1_000_000 }), fc.integer({ min: 1, max: 40 })),
  { maxLength: 20 },
);

/** Ranges inside `length` characters, possibly overlapping or touching, as `emphasize` must cope. */
function placeHighlights(length: number, raw: ReadonlyArray<[number, number]>): Highlight[] {
  if (length === 0) return [];
  return raw
    .map(([at, size]) => ({ start: at % length, end: Math.min(length, (at % length) + size) }))
    .sort((a, b) => a.start - b.start);
}

/**
 * A snippet's own parts; its sources are picked from a pool shared by the whole answer, as
 * real answers share articles. Generating hostile titles and links is what costs, so a source
 * picked again gets another paragraph: a distinct source without new text.
 */
const snippetShape = fc.record({
  text: hostileText(1_500),
  highlights: rawHighlights,
  lead: fc.nat({ max: 10_000 }),
  others: fc.array(fc.nat({ max: 10_000 }), { maxLength: 12 }),
});
type SnippetShape = typeof snippetShape extends fc.Arbitrary<infer T> ? T : never;

function snippetFrom(pool: readonly Citation[], shape: SnippetShape): Snippet {
  const pick = (n: number): Citation => {
    const citation = pool[n % pool.length] ?? makeCitation();
    return { ...citation, paragraph: citation.paragraph + Math.floor(n / pool.length) };
  };
  return makeSnippet({
    ...pick(shape.lead),
    text: shape.text,
    highlights: placeHighlights(shape.text.length, shape.highlights),
    corroboratedBy: shape.others.map(pick),
  });
}

const sourcePool = fc.array(hostileCitation, { minLength: 1, maxLength: 8 });

/** An answer with up to 12 hostile snippets, or a refusal with hostile suggestions. */
export const hostileAnswer: fc.Arbitrary<Answer> = fc.oneof(
  fc
    .tuple(hostileText(), sourcePool, fc.array(snippetShape, { minLength: 1, maxLength: 12 }))
    .map(([question, pool, shapes]) => ({
      question,
      answered: true,
      snippets: shapes.map((shape) => snippetFrom(pool, shape)),
    })),
  fc
    .tuple(
      hostileText(),
      fc.constantFrom("not-in-corpus", "no-content-words") as fc.Arbitrary<Answer["refusal"]>,
      fc.array(hostileText(400), { maxLength: 8 }),
    )
    .map(([question, refusal, suggestions]) => makeRefusal({ question, refusal, suggestions })),
);

/** A page of search results over hostile hits, in any state a caller could pass. */
export const hostileSearchResults: fc.Arbitrary<SearchResults> = fc
  .record({
    query: hostileText(),
    articleId: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/), { nil: null }),
    page: fc.integer({ min: -3, max: 30 }),
    pageCount: fc.integer({ min: 0, max: 30 }),
    total: fc.integer({ min: 0, max: 150 }),
    pool: sourcePool,
    hits: fc.array(snippetShape, { maxLength: 7 }),
  })
  .map(({ pool, hits, ...results }) => ({
    ...results,
    hits: hits.map((shape) => snippetFrom(pool, { ...shape, others: [] })),
  }));
