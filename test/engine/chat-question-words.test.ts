import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";
import { withQuestionWordsSpelledOut } from "../../src/text/chat-question-words.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

describe("chat spellings of question words", () => {
  it("are written out", () => {
    expect(withQuestionWordsSpelledOut("wat day was the call?")).toBe("what day was the call?");
    expect(withQuestionWordsSpelledOut("hw long did they talk")).toBe("how long did they talk");
    expect(withQuestionWordsSpelledOut("y are tensions so high rn")).toBe(
      "why are tensions so high rn",
    );
    expect(withQuestionWordsSpelledOut("ok so y did putin call")).toBe("ok so why did putin call");
  });

  it("leave a 'y' that opens no question, and words that only look like them", () => {
    expect(withQuestionWordsSpelledOut("plan y was dropped")).toBe("plan y was dropped");
    expect(withQuestionWordsSpelledOut("wattage went where")).toBe("wattage went where");
  });

  it("ask for the same kind of answer as the words written out", () => {
    expect(planQuery("hw long was the call", index).kinds).toEqual(
      planQuery("how long was the call", index).kinds,
    );
    expect(planQuery("y are tensions so high rn", index).kinds).toContain("cause");
  });

  it("find the sentence that answers that kind", () => {
    expect(answer("wat day was the call?", { index }).snippets[0]?.text).toMatch(/^On Thursday/);
  });
});
