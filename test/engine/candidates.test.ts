import { describe, expect, it } from "vitest";
import { articlesFromFiles } from "../../src/corpus/load-corpus.js";
import { findCandidates } from "../../src/search/candidates.js";
import { buildPassageIndex } from "../../src/search/passage-index.js";
import type { PlannedTerm } from "../../src/search/query-plan.js";

/** 1,200 sentences about the harbour (a common word past the 1,000-passage line), one about dredging. */
const sentences = [
  ...Array.from({ length: 1200 }, (_, i) => `The harbour board met again on meeting ${i}.`),
  "The harbour needs dredging before spring.",
];
const index = buildPassageIndex(
  articlesFromFiles([
    {
      file: "a.md",
      text: `---\nid: a\ntitle: Harbour\noutlet: Gazette\n---\n${sentences.join("\n\n")}`,
    },
  ]),
);
const own = (term: string, weight = 1): PlannedTerm => ({ term, kind: "own", weight, fuzzy: 0 });

describe("findCandidates", () => {
  it("scores a common word from each candidate's term list as MiniSearch would", () => {
    expect(index.documentFrequency.get("harbour")).toBe(1201);
    const [hit] = findCandidates(index, [own("harbour", 0.8), own("dredg")]);
    const dredging = index.passages.findIndex((p) => p.text.includes("dredging"));
    expect(hit?.passageId).toBe(dredging);
    expect(hit?.queryTerms.sort()).toEqual(["dredg", "harbour"]);
    expect([...(hit?.exact ?? [])].sort()).toEqual(["dredg", "harbour"]);

    const [whole] = index.miniSearch.search(
      {
        combineWith: "OR",
        queries: [
          { queries: ["harbour"], boostTerm: () => 0.8 },
          { queries: ["dredg"], boostTerm: () => 1 },
        ],
      },
      { tokenize: (t) => [t], processTerm: (t) => t },
    );
    expect(whole?.id).toBe(dredging);
    expect(hit?.score).toBeCloseTo((whole?.score ?? 0) / 2, 9);
  });

  it("still searches a question made only of common words, by its rarest", () => {
    const hits = findCandidates(index, [own("harbour"), own("board")]);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.queryTerms.sort()).toEqual(["board", "harbour"]);
  });
});
