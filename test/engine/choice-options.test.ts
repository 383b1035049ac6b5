import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { loadEngine } from "../../src/engine.js";
import { choiceCoverage } from "../../src/search/choice-options.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { planQuery } from "../../src/search/query-plan.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

function optionsOf(question: string): Array<[string, number | undefined]> {
  return planQuery(question, index).concepts.map((c) => [c.surface, c.option]);
}

describe("markChoiceOptions", () => {
  it("reads a number that runs into an 'or' between two ideas as part of its option", () => {
    expect(optionsOf("was the call closer to 15 mins or closer to an hour?")).toContainEqual([
      "15",
      1,
    ]);
    // A word that is not a number may be the question's topic.
    const topic = optionsOf("did zelensky call putin or biden?");
    expect(topic.filter(([, option]) => option !== undefined)).toEqual([]);
  });

  it("reads each clause of a choice between clauses as an option, up to its sentence's end", () => {
    const options = optionsOf("any optimism from the chat, or is it all doom and gloom? when?");
    expect(options).toContainEqual(["optimism", 1]);
    expect(options).toContainEqual(["doom", 2]);
    expect(options).toContainEqual(["gloom", 2]);
    // An adverb of degree opens the second option as a verb would.
    const degree = optionsOf("did they sound hopeful at all or purely hostile");
    expect(degree).toContainEqual(["hopeful", 1]);
    expect(degree).toContainEqual(["hostile", 2]);
  });

  it("marks nothing without a choice", () => {
    const options = optionsOf("Did Putin or Biden ask for the call and warn of sanctions?");
    expect(options.filter(([, option]) => option !== undefined)).toEqual([]);
  });
});

describe("choiceCoverage", () => {
  it("takes the better option with the shared ideas", () => {
    expect(choiceCoverage([1, 2, 0], [2, 2, 2])).toBe(0.75);
    expect(choiceCoverage([1, 0, 2], [2, 2, 2])).toBe(0.75);
  });

  it("is the plain share when the question offers no options", () => {
    expect(choiceCoverage([1, 0, 0], [4, 0, 0])).toBe(0.25);
    expect(choiceCoverage([0, 0, 0], [0, 0, 0])).toBe(0);
  });
});
