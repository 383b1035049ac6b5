import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import { articlesNamedBySource } from "../../src/search/article-by-source.js";
import { articlesAsked } from "../../src/search/articles-asked.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { ownIndex } from "./own-corpus.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

/** The words a question names its articles with, and which articles they are. */
function named(question: string, within = index) {
  const found = articlesNamedBySource(question, within);
  return found && { ids: found.ids, words: question.slice(found.span.start, found.span.end) };
}

describe("articlesNamedBySource", () => {
  it("reads an article whose author is not given", () => {
    expect(named("in the unsigned article, who asked for the call?")).toEqual({
      ids: ["phone-chat-cautions"],
      words: "the unsigned article",
    });
    expect(named("per the no-byline piece, when do they meet")?.words).toBe("the no-byline piece");
    expect(named("the story without an author: what did psaki say")?.ids).toEqual([
      "phone-chat-cautions",
    ]);
  });

  it("reads an article ruled out by its outlet or author", () => {
    for (const [question, words] of [
      ["did the non-turan piece say anything hopeful?", "the non-turan piece"],
      ["what does the article not from TURAN say", "the article not from TURAN"],
      ["the other article (not turan) — what did psaki stress", "the other article (not turan)"],
      ["the non-raufoglu one, how long was the call", "the non-raufoglu one"],
    ]) {
      expect(named(question ?? ""), question).toEqual({ ids: ["phone-chat-cautions"], words });
    }
  });

  it("reads an article named by words of its title, all of them", () => {
    expect(named("the phone chat article, does it say who wanted the call?")).toEqual({
      ids: ["phone-chat-cautions"],
      words: "the phone chat article",
    });
    expect(named("what does the cautions piece say biden offered")?.ids).toEqual([
      "phone-chat-cautions",
    ]);
    // Words of both titles, or not all of a title's: no article in particular.
    expect(named("the biden putin story: who called?")).toBeUndefined();
    expect(named("what did the background call report say")).toBeUndefined();
    expect(named("does the other article (the non turan one) bring up crimea")?.ids).toEqual([
      "phone-chat-cautions",
    ]);
  });

  it("names none for a source no article has, or one every article or none has", () => {
    expect(named("what did turan's correspondent report?")).toBeUndefined();
    expect(named("in the turan piece, who threatened whom?")).toBeUndefined();
    expect(named("did the non-reuters story say anything?")).toBeUndefined();
    const allSigned = ownIndex(
      { outlet: "Wire", frontMatter: ["author: Ann Lee"], paragraphs: ["The pier opened."] },
      { outlet: "Herald", frontMatter: ["author: Bo Kim"], paragraphs: ["Boats moor there."] },
    );
    expect(named("in the unsigned article, what opened?", allSigned)).toBeUndefined();
  });

  it("names every article the source leaves, in the corpus's order", () => {
    const three = ownIndex(
      { outlet: "Wire", paragraphs: ["The pier opened."] },
      { outlet: "Herald", frontMatter: ["author: Ann Lee"], paragraphs: ["Boats moor there."] },
      { outlet: "Herald", paragraphs: ["The ferry runs daily."] },
    );
    expect(named("the non-herald story: what opened?", three)?.ids).toEqual(["a"]);
    expect(named("the anonymous piece: what runs daily?", three)?.ids).toEqual(["a", "c"]);
  });
});

describe("articlesAsked", () => {
  it("joins the articles named by source with the part asked of them", () => {
    const question = "what did psaki add at the very end of the unsigned article?";
    expect(articlesAsked(question, index).article).toEqual({
      ids: ["phone-chat-cautions"],
      part: "close",
    });
    expect(articlesAsked("what's in the second article?", index).article).toEqual({
      ids: ["turan-serious-substantive-call"],
    });
    expect(articlesAsked("what did psaki say?", index)).toEqual({ spans: [] });
  });
});

describe("answers from the articles named by source", () => {
  it("quotes only those articles, and does not search the words that name them", () => {
    const reply = answer("according to the non-turan piece, who asked for the call?", { index });
    expect(reply.answered).toBe(true);
    expect(reply.snippets.map((s) => s.articleId)).toEqual(
      reply.snippets.map(() => "phone-chat-cautions"),
    );
    expect(reply.snippets[0]?.text).toContain("requested by Putin");
  });
});
