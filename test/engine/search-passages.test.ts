import { beforeAll, describe, expect, it } from "vitest";
import { QuestionError } from "../../src/answer/question-error.js";
import {
  MAX_SEARCH_RESULTS,
  resolveArticle,
  searchPassages,
  UnknownArticleError,
} from "../../src/answer/search-passages.js";
import { SEARCH_PAGE_SIZE } from "../../src/answer/search-types.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { articlesFromFiles } from "../../src/corpus/load-corpus.js";
import { loadEngine } from "../../src/engine.js";
import { buildPassageIndex, type PassageIndex } from "../../src/search/passage-index.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

describe("searchPassages", () => {
  it("lists matching passages best first, 5 per page, with citations and highlights", () => {
    const first = searchPassages("  Putin ", { index });
    expect(first).toMatchObject({ query: "Putin", articleId: null, page: 0 });
    expect(first.total).toBeGreaterThan(SEARCH_PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(first.total / SEARCH_PAGE_SIZE));
    expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE);
    const scores = first.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const hit of first.hits) {
      expect(hit.corroboratedBy).toEqual([]);
      expect(hit.paragraph).toBeGreaterThan(0);
      expect(hit.title).not.toBe("");
      const marked = hit.highlights.map((h) => hit.text.slice(h.start, h.end));
      expect(
        marked.some((word) => /Putin/.test(word)),
        hit.text,
      ).toBe(true);
    }
  });

  it("pages without overlap and clamps pages out of range", () => {
    const { pageCount, total } = searchPassages("Putin", { index });
    const seen = new Set<number>();
    for (let page = 0; page < pageCount; page++) {
      for (const hit of searchPassages("Putin", { index, page }).hits) seen.add(hit.passageId);
    }
    expect(seen.size).toBe(total);
    expect(searchPassages("Putin", { index, page: 99 }).page).toBe(pageCount - 1);
    expect(searchPassages("Putin", { index, page: -3 }).page).toBe(0);
  });

  it("searches within one article", () => {
    const within = searchPassages("costs", { index, articleId: "phone-chat-cautions" });
    expect(within.total).toBeGreaterThan(0);
    expect(within.hits.every((hit) => hit.articleId === "phone-chat-cautions")).toBe(true);
    expect(within.total).toBeLessThan(searchPassages("costs", { index }).total);
  });

  it("never refuses: no match is an empty first page", () => {
    expect(searchPassages("Zelensky", { index })).toMatchObject({
      total: 0,
      pageCount: 1,
      page: 0,
      hits: [],
    });
    expect(searchPassages("what is it", { index }).total).toBe(0);
  });

  it("rejects empty and over-long queries and unknown articles with a clear message", () => {
    expect(() => searchPassages(" ", { index })).toThrow(QuestionError);
    expect(() => searchPassages("x".repeat(301), { index })).toThrow(/too long/);
    const unknown = () => searchPassages("costs", { index, articleId: "nope" });
    expect(unknown).toThrow(UnknownArticleError);
    expect(unknown).toThrow(/no article “nope”/);
  });

  it("quotes at most 80 characters of an unknown article, so the advice still shows", () => {
    // Found by test/hostile: a pasted 6,000-character name pushed the advice out of the reply.
    const pasted = `${"Putin ".repeat(1000)}😀`;
    const error = new UnknownArticleError(pasted);
    expect(error.articleId).toBe(pasted);
    expect(error.message).toBe(
      `There is no article “${pasted.slice(0, 80)}…”: pick one from the list, or leave it out.`,
    );
    expect(new UnknownArticleError("😀".repeat(81)).message).toContain(`“${"😀".repeat(80)}…”`);
  });

  it("caps the results on a corpus where everything matches", () => {
    const body = Array.from(
      { length: 150 },
      (_, i) => `Sanctions report number ${i} was filed.`,
    ).join("\n\n");
    const big = buildPassageIndex(
      articlesFromFiles([{ file: "a.md", text: `---\nid: a\ntitle: A\n---\n\n${body}` }]),
    );
    const results = searchPassages("sanctions", { index: big });
    expect(results.total).toBe(MAX_SEARCH_RESULTS);
    expect(results.pageCount).toBe(MAX_SEARCH_RESULTS / SEARCH_PAGE_SIZE);
  });
});

describe("resolveArticle", () => {
  it("finds an article by id or exact title, else null", () => {
    expect(resolveArticle(index, "phone-chat-cautions")?.id).toBe("phone-chat-cautions");
    const title = index.articles.get("phone-chat-cautions")?.title ?? "";
    expect(resolveArticle(index, ` ${title.toUpperCase()} `)?.id).toBe("phone-chat-cautions");
    expect(resolveArticle(index, "phone")).toBeNull();
  });
});
