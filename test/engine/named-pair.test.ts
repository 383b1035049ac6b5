import { describe, expect, it } from "vitest";
import { planQuery } from "../../src/search/query-plan.js";
import { rankPassages } from "../../src/search/rank-passages.js";
import { ownIndex } from "./own-corpus.js";

const index = ownIndex({
  paragraphs: [
    "Oslo warned Bergen that the dispute over fishing rights could end their trade.",
    "Talks stalled amid growing friction between the two countries over fishing rights.",
  ],
});

describe("a named pair", () => {
  it("marks the two sides the question names after 'between', and nothing else", () => {
    const plan = planQuery("is the friction between oslo n bergen growing?", index);
    const marked = plan.concepts.filter((c) => c.pairMember).map((c) => c.surface);
    expect(marked).toEqual(["oslo", "bergen"]);
    expect(planQuery("did oslo and bergen talk?", index).concepts.some((c) => c.pairMember)).toBe(
      false,
    );
  });

  it("is held whole by a sentence speaking of the two countries", () => {
    const plan = planQuery("is the friction between oslo and bergen growing?", index);
    const [best] = rankPassages(index, plan);
    expect(best?.passageId).toBe(1);
    expect(best?.coverage).toBe(1);
  });
});
