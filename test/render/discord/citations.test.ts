import { describe, expect, it } from "vitest";
import { safeLink, titleLink } from "../../../src/render/discord/citations.js";
import { packLines } from "../../../src/render/discord/pack-lines.js";

describe("safeLink and titleLink", () => {
  it("links only non-empty http(s) urls of sensible length", () => {
    expect(safeLink("https://example.com/a")).toBe("https://example.com/a");
    expect(safeLink("")).toBeNull();
    expect(safeLink("javascript:alert(1)")).toBeNull();
    expect(safeLink("ftp://example.com")).toBeNull();
    expect(safeLink(`https://example.com/${"x".repeat(600)}`)).toBeNull();
  });

  it("percent-encodes characters that would end a masked link early", () => {
    expect(safeLink("https://en.wikipedia.org/wiki/Kremlin_(building) x<y>")).toBe(
      "https://en.wikipedia.org/wiki/Kremlin_%28building%29%20x%3Cy%3E",
    );
  });

  it("escapes the title and links it only when there is a url", () => {
    expect(titleLink("[x](https://evil)", "https://ok.example", 100)).toBe(
      "[\\[x\\](https://evil)](https://ok.example)",
    );
    expect(titleLink("Plain", "", 100)).toBe("Plain");
    expect(titleLink("   ", "", 100)).toBe("Untitled");
  });
});

describe("packLines", () => {
  const more = (n: number) => `…and ${n} more`;

  it("packs whole lines into as few chunks as fit", () => {
    expect(
      packLines(["aaa", "bbb", "ccc"], { chunkLength: 7, maxChunks: 3, budget: 100 }, more),
    ).toEqual(["aaa\nbbb", "ccc"]);
  });

  it("ends with a more line when lines do not fit", () => {
    const chunks = packLines(
      Array.from({ length: 10 }, (_, i) => `line ${i}`),
      { chunkLength: 40, maxChunks: 1, budget: 40 },
      more,
    );
    expect(chunks).toEqual(["line 0\nline 1\nline 2\nline 3\n…and 6 more"]);
  });

  it("counts each chunk's overhead against the budget", () => {
    const limits = { chunkLength: 8, maxChunks: 5, budget: 20, chunkOverhead: 5 };
    const chunks = packLines(["aaaa", "bbbb", "cccc"], limits, () => "+");
    expect(chunks).toEqual(["aaaa", "bbbb\n+"]);
    expect(chunks.reduce((sum, c) => sum + c.length + 5, 0)).toBeLessThanOrEqual(20);
  });
});
