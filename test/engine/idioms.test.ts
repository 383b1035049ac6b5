import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { plainIdioms } from "../../src/text/idioms.js";
import { IDIOMS } from "../../src/text/lexicon.js";

describe("plainIdioms", () => {
  it("reads an idiom as the plain words it means, with any possessive", () => {
    expect(plainIdioms("will they decide behind their backs?")).toBe(
      "will they decide without consultation?",
    );
    expect(plainIdioms("Did he go behind his back")).toBe("Did he go without consultation");
    expect(plainIdioms("behind other ppl's backs?")).toBe("without consultation?");
    expect(plainIdioms("will they decide w/o the allies")).toBe(
      "will they decide without the allies",
    );
  });

  it("keeps whose it was when the plain reading says so, but no preposition", () => {
    expect(plainIdioms("did biden tell putin to cool it")).toBe("did biden urge putin to cool it");
    expect(plainIdioms("what he pushed his counterpart to do")).toBe(
      "what he urged his counterpart to do",
    );
    expect(plainIdioms("who asked for it to happen")).toBe("who asked for it to happen");
  });

  it("drops an idiom that asks nothing, and leaves the words of no idiom alone", () => {
    expect(plainIdioms("whose idea was the call in the first place?")).toBe(
      "who proposed was the call ?",
    );
    expect(plainIdioms("what would that look like in practice")).toBe("what would that look like ");
    expect(plainIdioms("will the US go it alone?")).toBe("will the US without allies?");
    expect(plainIdioms("who led nato back then")).toBe("who led nato ");
    expect(plainIdioms("who came first, and in what place?")).toBe(
      "who came first, and in what place?",
    );
    expect(plainIdioms("did they talk about his back pain")).toBe(
      "did they talk about his back pain",
    );
  });

  it("reads the one who rang as the one who asked for the call", () => {
    // "X was the one who rang" asks who started the call, which the articles say as a request.
    expect(plainIdioms("so were the americans the ones who dialed first?")).toBe(
      "so were the americans the ones who requested first?",
    );
    expect(plainIdioms("wasn't moscow the one who phoned")).toBe(
      "wasn't moscow the one who requested",
    );
  });

  it("reads putting one's case as framing one's position", () => {
    expect(plainIdioms("how did each side make its case")).toBe(
      "how did each side framed its position",
    );
    expect(plainIdioms("they put their cases calmly")).toBe("they framed their position calmly");
  });

  it("reads an economic hit as an economic cost, not a blow", () => {
    expect(plainIdioms("would russia take a big economic hit")).toBe(
      "would russia take a big economic cost",
    );
    expect(plainIdioms("did the sanctions hit the economy")).toBe(
      "did the sanctions hit the economy",
    );
  });

  it("reads where things go from here as what lies ahead", () => {
    expect(plainIdioms("where do things go from here?")).toBe("where do things go ahead?");
  });

  it("reads sticks set against carrots as deterrence, not a stick held", () => {
    expect(plainIdioms("any carrots or only sticks?")).toBe("any carrots or only deterrence?");
    expect(plainIdioms("did they stick to their positions")).toBe(
      "did they stick to their positions",
    );
  });

  it("reads being part of something as taking part in it", () => {
    expect(plainIdioms("will they be part of the talks")).toBe(
      "will they participate in the talks",
    );
  });

  it("has only idioms of two words or more, each written once", () => {
    const idioms = IDIOMS.map(([idiom]) => idiom);
    expect(new Set(idioms).size).toBe(idioms.length);
    // "w/o" is two words to the tokenizer, which splits at the slash.
    for (const idiom of idioms) expect(idiom.split(/[\s/-]+/).length).toBeGreaterThan(1);
  });
});

describe("idioms in the articles", () => {
  let index: PassageIndex;
  beforeAll(async () => {
    index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
  });

  it("are indexed as the plain words they mean, as in questions", () => {
    // "to 'set the tone and tenor' for upcoming security negations" says what the call was
    // to prepare, not what its tone was.
    const reply = answer("was the tone of the talk friendly", { index });
    expect(reply.snippets[0]?.text).toMatch(/The tone of the conversation/);
    const prepared = answer("what talks was the call meant to prepare for", { index });
    expect(prepared.snippets[0]?.text).toMatch(/set the tone and tenor/);
  });

  it("answer who started the call from the sentence that says who asked for it", () => {
    const reply = answer("i think washington was the one who phoned moscow?", { index });
    expect(reply.snippets[0]?.text).toMatch(
      /requested by Putin|at the government of Russia's request/,
    );
  });
});
