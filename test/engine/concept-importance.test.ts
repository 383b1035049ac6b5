import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

const importance = (question: string, surface: string) =>
  planQuery(question, index).concepts.find((c) => c.surface === surface)?.importance;

describe("concept importance", () => {
  it("weighs an everyday word for an idea the articles state rarely by their rarer words", () => {
    // "help" is among the commonest words; the articles say "additional assistance", twice.
    expect(importance("is the US gonna give ukraine more help?", "help")).toBe(1);
  });

  it("keeps an everyday word for an idea in many of the articles' sentences light", () => {
    // The articles are about a call: "call", "talk", "conversation" tell no sentence apart.
    expect(importance("did they talk about covid?", "talk")).toBeLessThan(0.5);
  });

  it("leaves a word past the commonest to its own rarity", () => {
    // "American" ~ "Washington": rarer than "help", and weighed as itself.
    const american = importance("who led the american delegation in geneva", "american");
    expect(american).toBeGreaterThan(0.5);
    expect(american).toBeLessThan(1);
  });
});
