import { describe, expect, it } from "vitest";
import { renderAnswerMessage } from "../../../src/render/discord/answer-message.js";
import {
  questionFromMessage,
  searchFromMessage,
  suggestionFromMessage,
} from "../../../src/render/discord/custom-id.js";
import { renderSearchMessage } from "../../../src/render/discord/search-message.js";
import { HOSTILE_QUESTION, makeAnswer, makeRefusal, makeSnippet } from "./factories.js";

const QUESTIONS = [
  "What did Putin threaten?",
  HOSTILE_QUESTION,
  "Page 1 of 2 · Question: nested prefix?",
  "  spaced  \n  lines  ",
  "q".repeat(300),
];

describe("questionFromMessage", () => {
  it.each(QUESTIONS)("recovers the exact question of an answer: %j", (question) => {
    const snippets = Array.from({ length: 5 }, (_, i) =>
      makeSnippet({ passageId: i, paragraph: i + 1 }),
    );
    for (const page of [0, 1]) {
      const message = renderAnswerMessage(makeAnswer(snippets, question), { page });
      expect(questionFromMessage(message)).toBe(question);
    }
  });

  it.each(QUESTIONS)("recovers the exact question of a refusal: %j", (question) => {
    const message = renderAnswerMessage(makeRefusal({ question }), { page: 0 });
    expect(questionFromMessage(message)).toBe(question);
  });

  it("gives null for messages that are not answers", () => {
    const search = renderSearchMessage({
      query: "q",
      articleId: null,
      page: 0,
      pageCount: 1,
      total: 0,
      hits: [],
    });
    expect(questionFromMessage(search)).toBeNull();
    expect(questionFromMessage({ embeds: [] })).toBeNull();
    expect(questionFromMessage({ embeds: [{ footer: null, description: null }] })).toBeNull();
  });
});

describe("searchFromMessage", () => {
  it.each([
    ["sanctions", null],
    [HOSTILE_QUESTION, null],
    ["Search in x: tricky", "turan-serious-substantive-call"],
    ["q".repeat(300), "a"],
  ])("recovers the query %j within %j", (query, articleId) => {
    const hits = [makeSnippet()];
    const message = renderSearchMessage({
      query,
      articleId,
      page: 1,
      pageCount: 3,
      total: 11,
      hits,
    });
    expect(searchFromMessage(message)).toEqual({ query, articleId });
  });

  it("recovers the query of an empty search", () => {
    const message = renderSearchMessage({
      query: "nothing",
      articleId: null,
      page: 0,
      pageCount: 1,
      total: 0,
      hits: [],
    });
    expect(searchFromMessage(message)).toEqual({ query: "nothing", articleId: null });
  });

  it("gives null for an answer", () => {
    expect(searchFromMessage(renderAnswerMessage(makeRefusal(), { page: 0 }))).toBeNull();
  });
});

describe("suggestionFromMessage", () => {
  const suggestions = [
    "What about “complete rupture”?",
    "What about **bold** <@123> @everyone?",
    "# heading? > quote? [x](https://evil)",
    "1. numbered \\ backslash `code`",
    "What about ||spoilers||?",
  ];

  it("recovers each suggestion exactly, by button index", () => {
    const message = renderAnswerMessage(makeRefusal({ suggestions }), { page: 0 });
    suggestions.forEach((suggestion, i) => {
      expect(suggestionFromMessage(message, i)).toBe(suggestion);
    });
    expect(suggestionFromMessage(message, 5)).toBeNull();
  });

  it("offers, and so recovers, a suggestion only when it is a valid question", () => {
    const message = renderAnswerMessage(
      makeRefusal({ suggestions: ["x".repeat(301), "  ", "fine?", "fine?"] }),
      { page: 0 },
    );
    expect(suggestionFromMessage(message, 0)).toBe("fine?");
    expect(suggestionFromMessage(message, 1)).toBeNull();
    expect(message.components.flatMap((r) => r.components)).toHaveLength(1);
  });

  it("gives null for answers, searches and messages without suggestions", () => {
    expect(
      suggestionFromMessage(renderAnswerMessage(makeAnswer([makeSnippet()]), { page: 0 }), 0),
    ).toBeNull();
    expect(suggestionFromMessage(renderAnswerMessage(makeRefusal(), { page: 0 }), 0)).toBeNull();
    expect(suggestionFromMessage({ embeds: [] }, 0)).toBeNull();
  });
});
