import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import { preambleSpans } from "../../src/search/asker-remarks.js";
import { guessedValues } from "../../src/search/guessed-values.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { withParticles } from "../../src/search/synonym-phrases.js";
import { isYesNoQuestion } from "../../src/search/yes-no-question.js";
import { wordClasses } from "../../src/text/parts-of-speech.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

const guessed = (question: string) => {
  const { spans, kinds } = guessedValues(question, index, () => wordClasses(question), {
    yesNo: isYesNoQuestion(question),
    aside: preambleSpans(question),
  });
  return { words: spans.map((span) => question.slice(span.start, span.end)), kinds };
};

describe("a value the asker puts forward to be confirmed", () => {
  it("is a weekday, a hedged date, or the figure of a length", () => {
    expect(guessed("the call was on friday yeah?")).toEqual({
      words: ["friday"],
      kinds: ["weekday"],
    });
    expect(guessed("crimea was taken in 2016 or so, right?")).toEqual({
      words: ["2016"],
      kinds: ["date"],
    });
    expect(guessed("it lasted 15 min tops didnt it")).toEqual({
      words: ["15"],
      kinds: ["duration"],
    });
    expect(guessed("was it like half an hour?").words).toEqual(["half an"]);
  });

  it("is a place the articles never name, after 'in' or 'at'", () => {
    expect(guessed("the us russia sit-down is in vienna isnt it")).toEqual({
      words: ["vienna"],
      kinds: ["namedPlace"],
    });
    // A place they name is matched as it is; a word that is no name is no place.
    expect(guessed("the talks are in geneva right?").words).toEqual([]);
    expect(guessed("they met in secret right?").words).toEqual([]);
    // Nor is an owner, a fragment's place, or where whom the asker heard from is.
    expect(guessed("will the us loop in kyiv's government too").words).toEqual([]);
    expect(guessed("nato troop numbers in poland?").words).toEqual([]);
    expect(guessed("someone in gen chat said they met, legit?").words).toEqual([]);
  });

  it("is no guess in a question that asks, nor a date said without a hedge", () => {
    expect(guessed("what did putin say on friday?")).toEqual({ words: [], kinds: [] });
    expect(guessed("did russia invade ukraine in february 2022?")).toEqual({
      words: [],
      kinds: [],
    });
  });

  it("is answered by the value the articles give", () => {
    const day = answer("the call was on saturday right?", { index });
    expect(day.snippets[0]?.text).toContain("On Thursday");
    const length = answer("the call lasted 20 min tops didnt it", { index });
    expect(length.snippets[0]?.text).toMatch(/50[- ]minute/);
    const place = answer("the us and russian officials are meeting in oslo right?", { index });
    expect(place.snippets[0]?.text).toContain("in Geneva");
  });
});

describe("a phrasal verb's particle", () => {
  it("may follow the verb's object, never an auxiliary", () => {
    const token = (surface: string, terms: string[] = []) => ({ surface, terms });
    const [cool] = withParticles([token("cool", ["cool"]), token("things"), token("down")]);
    expect(cool?.particles).toEqual(["things", "down"]);
    const [call] = withParticles([token("call", ["call"]), token("was"), token("on")]);
    expect(call?.particles).toEqual(["was"]);
  });
});
