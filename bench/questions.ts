import { readFileSync } from "node:fs";
import { analyzeTokens } from "../src/text/analyze.js";
import { foldText } from "../src/text/fold.js";

export interface BenchQuestion {
  topic: string;
  question: string;
}

/** The benchmark's questions (`bench/questions.json`), as data. */
export function readQuestions(): BenchQuestion[] {
  const file = new URL("./questions.json", import.meta.url);
  const data = JSON.parse(readFileSync(file, "utf8")) as { questions?: unknown };
  if (!Array.isArray(data.questions)) throw new Error("bench/questions.json: no 'questions' list");
  return data.questions.map((entry: Partial<BenchQuestion>, i: number) => {
    if (typeof entry.question !== "string" || typeof entry.topic !== "string") {
      throw new Error(`bench/questions.json: question ${i + 1} needs 'question' and 'topic'`);
    }
    return { topic: entry.topic, question: entry.question };
  });
}

/**
 * The question's content words as the user wrote them, for the plain-MiniSearch baseline:
 * the project's own analyser decides what is a stopword ("what", "did", "the", "say" stay
 * out only if the analyser drops them), and MiniSearch does its own default processing.
 *
 * @example
 * contentWords("What did the president say about tariffs and farmers?")
 * // → "president say tariffs farmers"
 */
export function contentWords(question: string): string {
  return analyzeTokens(foldText(question))
    .filter((token) => token.terms.length > 0)
    .map((token) => token.surface)
    .join(" ");
}

/**
 * Partial inputs someone typing the question would send to autocomplete: every third
 * character, so word boundaries and half-typed words both occur.
 */
export function typedPrefixes(question: string, step = 3): string[] {
  const prefixes: string[] = [];
  for (let length = step; length < question.length; length += step) {
    prefixes.push(question.slice(0, length));
  }
  prefixes.push(question);
  return prefixes;
}
