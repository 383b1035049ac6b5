import type { Answer, Citation, Snippet } from "../../../src/answer/answer-types.js";

/** A citation with defaults, for hand-built answers. */
export function makeCitation(overrides: Partial<Citation> = {}): Citation {
  return {
    articleId: "turan-serious-substantive-call",
    title: 'Biden and Putin exchange warnings in a "serious and substantive" call',
    outlet: "TURAN",
    paragraph: 3,
    url: "https://example.com/turan",
    passageId: 14,
    ...overrides,
  };
}

/** A snippet whose `highlights` mark each of `bold` (first occurrence) in `text`. */
export function makeSnippet(overrides: Partial<Snippet> & { bold?: string[] } = {}): Snippet {
  const { bold = [], ...rest } = overrides;
  const text = rest.text ?? "Putin warned of a complete rupture in ties.";
  const highlights = bold
    .map((word) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length }))
    .filter((h) => h.start >= 0)
    .sort((a, b) => a.start - b.start);
  return {
    ...makeCitation(rest),
    text,
    score: 1,
    matchedTerms: [],
    highlights,
    corroboratedBy: [],
    ...rest,
    ...(rest.highlights ? {} : { highlights }),
  };
}

export function makeAnswer(snippets: Snippet[], question = "What did Putin threaten?"): Answer {
  return { question, answered: snippets.length > 0, snippets };
}

export function makeRefusal(overrides: Partial<Answer> = {}): Answer {
  return {
    question: "What did Biden say about China?",
    answered: false,
    snippets: [],
    refusal: "not-in-corpus",
    ...overrides,
  };
}

/** The oversize answer of the brief: 40 snippets × 350 chars, each with 10 long sources. */
export function makeOversizeAnswer(question = "What did Putin threaten?"): Answer {
  const longTitle = (i: number) =>
    `T${i} ${"[x](https://evil) **bold** @everyone ".repeat(10)}`.slice(0, 250);
  const longUrl = (i: number) => `https://example.com/${i}/${"a".repeat(300)}`.slice(0, 300);
  const snippets = Array.from({ length: 40 }, (_, s) => {
    const text = `${s} ${"Putin warned *of* a _complete_ rupture <@123> ".repeat(10)}`.slice(
      0,
      350,
    );
    return makeSnippet({
      text,
      articleId: `article-${s}`,
      paragraph: 1,
      passageId: s,
      title: longTitle(s),
      url: longUrl(s),
      bold: ["Putin", "rupture"],
      corroboratedBy: Array.from({ length: 10 }, (_, c) =>
        makeCitation({
          articleId: `source-${s}-${c}`,
          paragraph: c + 1,
          passageId: 1000 + s * 10 + c,
          title: longTitle(c),
          url: longUrl(c),
          outlet: c % 2 === 0 ? null : `Outlet ${c}`,
        }),
      ),
    });
  });
  return makeAnswer(snippets, question);
}

/** 300 characters of markdown, mentions and fences: the worst question a user can ask. */
export const HOSTILE_QUESTION = [
  "@everyone @here <@123> <@!123> <@&456> <#789> </ask:1> ",
  "**bold** __under__ ~~strike~~ ||spoiler|| `code` ```fence``` ",
  "\n# heading\n> quote\n- item\n1. first\n[x](https://evil) \\ ",
]
  .join("")
  .padEnd(300, "*_~|`");
