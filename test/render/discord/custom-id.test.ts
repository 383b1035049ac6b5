import { describe, expect, it } from "vitest";
import {
  type ButtonAction,
  decodeCustomId,
  encodeCustomId,
  resolveArticleId,
} from "../../../src/render/discord/custom-id.js";

describe("custom ids", () => {
  const actions: ButtonAction[] = [
    { kind: "more", page: 0 },
    { kind: "more", page: 12 },
    { kind: "context", articleId: "turan-serious-substantive-call", paragraph: 3, passageId: 14 },
    { kind: "context", articleId: "a", paragraph: 1 },
    { kind: "feedback", vote: "up" },
    { kind: "feedback", vote: "down" },
    { kind: "suggestion", index: 4 },
    { kind: "search-page", page: 2 },
  ];

  it.each(actions)("round-trips %j", (action) => {
    const id = encodeCustomId(action);
    expect(id.startsWith("v1:")).toBe(true);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeCustomId(id)).toEqual(action);
  });

  it("uses short readable forms", () => {
    expect(encodeCustomId({ kind: "more", page: 2 })).toBe("v1:more:2");
    expect(encodeCustomId({ kind: "feedback", vote: "down" })).toBe("v1:fb:down");
  });

  it("abbreviates a very long article id so the context id still fits", () => {
    const longId = `${"very-long-article-id-".repeat(20)}end`;
    const other = `${"very-long-article-id-".repeat(20)}other`;
    const id = encodeCustomId({
      kind: "context",
      articleId: longId,
      paragraph: 123,
      passageId: 99999,
    });
    expect(id.length).toBeLessThanOrEqual(100);
    const decoded = decodeCustomId(id);
    expect(decoded).toMatchObject({ kind: "context", paragraph: 123, passageId: 99999 });
    const articleId = decoded?.kind === "context" ? decoded.articleId : "";
    expect(resolveArticleId(articleId, [other, longId, "short"])).toBe(longId);
    expect(resolveArticleId(articleId, [other])).toBeNull();
  });

  it("resolves a plain article id only to itself", () => {
    expect(resolveArticleId("turan", ["bbc", "turan"])).toBe("turan");
    expect(resolveArticleId("gone", ["turan"])).toBeNull();
  });

  it("keeps ids that are not plain corpus ids from breaking the format", () => {
    const id = encodeCustomId({ kind: "context", articleId: "odd:id~x", paragraph: 2 });
    const decoded = decodeCustomId(id);
    expect(decoded?.kind).toBe("context");
    const articleId = decoded?.kind === "context" ? decoded.articleId : "";
    expect(resolveArticleId(articleId, ["odd:id~x"])).toBe("odd:id~x");
  });

  it("throws on pages and indexes that are not non-negative integers", () => {
    expect(() => encodeCustomId({ kind: "more", page: -1 })).toThrow();
    expect(() => encodeCustomId({ kind: "suggestion", index: 1.5 })).toThrow();
    expect(() => encodeCustomId({ kind: "search-page", page: Number.NaN })).toThrow();
  });

  it.each([
    "",
    "v1",
    "v1:",
    "v0:more:1",
    "v2:more:1",
    "more:1",
    "v1:more",
    "v1:more:-1",
    "v1:more:01",
    "v1:more:1.5",
    "v1:more:1:2",
    "v1:more:99999999999999",
    "v1:fb:maybe",
    "v1:sug:x",
    "v1:ctx:0:1:a",
    "v1:ctx:3:1:",
    "v1:ctx:3:x:a",
    "v1:ctx:3:1",
    "v1:unknown:1",
    `v1:more:1${" ".repeat(100)}`,
  ])("decodes %j as expired (null)", (id) => {
    expect(decodeCustomId(id)).toBeNull();
  });
});
