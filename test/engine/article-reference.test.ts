import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import { articleNamedByPlace, closeAskedOf } from "../../src/search/article-reference.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { ownIndex } from "./own-corpus.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

describe("articleNamedByPlace", () => {
  it("reads an article named by its place, and the part of it asked about", () => {
    expect(articleNamedByPlace("according to the second article, who warned?", 2)).toEqual({
      place: 1,
      span: { start: 13, end: 31 },
    });
    expect(articleNamedByPlace("what's in story #1", 2)?.place).toBe(0);
    expect(articleNamedByPlace("the last piece: who wrote it", 3)?.place).toBe(2);
    expect(
      articleNamedByPlace("what did psaki add at the very end of the first article", 2),
    ).toEqual({ place: 0, span: { start: 19, end: 55 }, part: "close" });
    expect(articleNamedByPlace("the opening of the 2nd article?", 2)?.part).toBe("opening");
  });

  it("names no article for other ordinals, or past the last article", () => {
    expect(articleNamedByPlace("what was the first call about?", 2)).toBeUndefined();
    expect(articleNamedByPlace("what did they say at the end of the call", 2)).toBeUndefined();
    expect(articleNamedByPlace("what does the third article say", 2)).toBeUndefined();
    expect(articleNamedByPlace("did biden mention nato's article 5", 9)).toBeUndefined();
  });
});

describe("closeAskedOf", () => {
  it("reads the close of a text asked about without naming the article", () => {
    expect(closeAskedOf("what did psaki add at the end of her statement?")).toEqual({
      start: 19,
      end: 46,
    });
    expect(closeAskedOf("what was the press secretary's final remark?")).toBeDefined();
    expect(closeAskedOf("what did she tack on at the very end")).toBeDefined();
    expect(closeAskedOf("what did she add at the very end of the unsigned article?")).toEqual({
      start: 17,
      end: 56,
    });
  });

  it("reads no close in the end of an event, or in other ends", () => {
    expect(closeAskedOf("what did they agree at the end of the call?")).toBeUndefined();
    expect(closeAskedOf("what was said at the end of the phone call?")).toBeUndefined();
    expect(closeAskedOf("will the talks end the crisis?")).toBeUndefined();
    expect(closeAskedOf("what was said at the end of the day")).toBeUndefined();
  });
});

describe("a question naming an article by its place", () => {
  const articleOf = (question: string) =>
    answer(question, { index }).snippets.map((s) => s.articleId);
  const first = "phone-chat-cautions";
  const second = "turan-serious-substantive-call";

  it("is answered from that article only, in the order /sources lists them", () => {
    expect([...index.articles.keys()]).toEqual([first, second]);
    const fromSecond = articleOf("What did Biden warn of, according to the second article?");
    expect(fromSecond.length).toBeGreaterThan(0);
    expect(new Set(fromSecond)).toEqual(new Set([second]));
    expect(new Set(articleOf("what did biden warn of in the first article"))).toEqual(
      new Set([first]),
    );
  });

  it("and a part of it, from that part", () => {
    const close = answer("what did the press secretary add at the very end of the first article", {
      index,
    });
    const last = index.articles.get(first)?.paragraphs.length;
    expect(close.snippets[0]).toMatchObject({ articleId: first, paragraph: last });
  });

  it("or the close of a text, from the last paragraph of whichever article answers", () => {
    const added = answer("what did the press secretary tack on at the end?", { index });
    const last = index.articles.get(first)?.paragraphs.length;
    expect(added.snippets[0]).toMatchObject({ articleId: first, paragraph: last });
    expect(added.snippets[0]?.text).toMatch(/emphasized that substantive progress/);
  });

  it("asking who wrote it, is answered by its byline, or refused when it has none", () => {
    const byline = answer("Who wrote the second report?", { index }).snippets[0];
    expect(byline?.text).toContain("TURAN's U.S. correspondent reports");
    const filed = answer("who filed the second story?", { index }).snippets[0];
    expect(filed?.text).toContain("TURAN's U.S. correspondent reports");
    expect(answer("who wrote the first article", { index }).answered).toBe(false);
  });
});

describe("an article named by its place, in a large corpus", () => {
  it("is searched within, not after the best matches of the whole corpus", () => {
    // 1,200 short sentences of the first article outscore the second's long one on "tariffs".
    const own = ownIndex(
      { paragraphs: Array.from({ length: 1200 }, (_, i) => `Tariffs rose ${i} times.`) },
      {
        paragraphs: [
          "The new tariffs on imported steel would slowly hurt the shipyards of the northern coast for many years to come.",
        ],
      },
    );
    const reply = answer("tariffs, in the second article?", { index: own });
    expect(reply.snippets[0]?.articleId).toBe("b");
  });
});
