import { describe, expect, it } from "vitest";
import { planQuery } from "../../src/search/query-plan.js";
import { rankPassages } from "../../src/search/rank-passages.js";
import { ownIndex } from "./own-corpus.js";

const index = ownIndex({
  paragraphs: [
    "The envoys meet on Jan. 10 in Oslo.",
    "The ministry will spend the next 10 days consulting the mayors.",
    "The 50-minute meeting ended at noon.",
  ],
});

const spanOf = (question: string) =>
  planQuery(question, index).concepts.find((c) => /^\d+$/.test(c.surface))?.span;

describe("time spans", () => {
  it("reads a figure before a unit of time as that span, however the unit is written", () => {
    expect(spanOf("what happens over the next 10 days?")?.test("the next 10 days")).toBe(true);
    const minutes = spanOf("what was said in the 50 min meeting?");
    expect(minutes?.test("The 50-minute meeting")).toBe(true);
    expect(minutes?.test("for 50 hours")).toBe(false);
    expect(spanOf("what happens on the 10th of jan, day 10?")).toBeUndefined();
    expect(spanOf("who meets on jan 10")).toBeUndefined();
  });

  it("does not count a date's day as the span's figure", () => {
    const trips = ownIndex({
      paragraphs: ["The envoys meet on Jan. 10 in Oslo.", "The envoys spent 10 days in Oslo."],
    });
    const ranked = rankPassages(trips, planQuery("do the envoys meet in oslo for 10 days?", trips));
    const coverage = (id: number) => ranked.find((r) => r.passageId === id)?.coverage ?? 0;
    expect(coverage(0)).toBeLessThan(coverage(1));
  });
});
