import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { CorpusError } from "../../src/corpus/corpus-error.js";
import { articlesFromFiles, loadCorpus } from "../../src/corpus/load-corpus.js";

const article = (front: string, body = "First paragraph. Second sentence.\n\nSecond paragraph.") =>
  `---\n${front}\n---\n${body}\n`;

describe("the shipped corpus", () => {
  it("has both articles, with sources as the captured pages state them", async () => {
    const { articles } = await loadCorpus(DEFAULT_CORPUS_DIR);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const turan = byId.get("turan-serious-substantive-call");
    const chat = byId.get("phone-chat-cautions");
    expect(turan).toMatchObject({
      outlet: "TURAN",
      author: "Alex Raufoglu",
      published: "2021-12-31",
    });
    expect(chat).toMatchObject({ outlet: null, author: null, published: null });
    expect(turan?.paragraphs).toHaveLength(8);
    expect(chat?.paragraphs).toHaveLength(10);
  });

  it("keeps no site chrome or teasers of other stories", async () => {
    const { articles } = await loadCorpus(DEFAULT_CORPUS_DIR);
    const text = articles.flatMap((a) => a.paragraphs).join("\n");
    for (const chrome of [
      "Biden2",
      "Exit mobile version",
      "Leave a review",
      "Politics",
      "Fidan",
      "ICJ",
      "hydrologists",
      "Brussels",
    ]) {
      expect(text).not.toContain(chrome);
    }
  });
});

describe("loading corpus files", () => {
  it("reads front matter, keeps unknown keys for citations and splits paragraphs", () => {
    const [a] = articlesFromFiles([
      {
        file: "a.md",
        text: article(
          "id: a\ntitle: A title\noutlet: Wire\npublished: 2022-01-02\ndateline: Geneva",
        ),
      },
    ]);
    expect(a).toMatchObject({ id: "a", outlet: "Wire", published: "2022-01-02", url: "" });
    expect(a?.extra).toEqual({ dateline: "Geneva" });
    expect(a?.paragraphs).toEqual(["First paragraph. Second sentence.", "Second paragraph."]);
  });

  it("strips Markdown layout and inline syntax from the body", () => {
    const [a] = articlesFromFiles([
      {
        file: "a.md",
        text: article(
          "id: a\ntitle: T",
          "# Heading\n\nSome **bold** and a [link](http://x).\n\n---",
        ),
      },
    ]);
    expect(a?.paragraphs).toEqual(["Some bold and a link."]);
  });

  const rejects: Array<[string, string, RegExp]> = [
    ["no front matter", "Just text.", /missing front matter/],
    ["broken YAML", article("id: [a\ntitle: T"), /not valid YAML/],
    ["a list as front matter", article("- a\n- b"), /key: value/],
    ["no id", article("title: T"), /needs 'id'/],
    ["a bad id", article("id: Not OK\ntitle: T"), /'id' must be/],
    ["no title", article("id: a"), /needs 'title'/],
    ["a bad date", article("id: a\ntitle: T\npublished: 2021-13-45"), /'published' must be a date/],
    ["an empty body", article("id: a\ntitle: T", "  \n\n "), /body is empty/],
  ];
  for (const [what, text, problem] of rejects) {
    it(`rejects a file with ${what}, naming the file`, () => {
      const load = () => articlesFromFiles([{ file: "bad.md", text }]);
      expect(load).toThrow(CorpusError);
      expect(load).toThrow(problem);
      expect(load).toThrow(/^bad\.md: /);
    });
  }

  it("rejects a duplicate id, naming both files", () => {
    const text = article("id: same\ntitle: T");
    expect(() =>
      articlesFromFiles([
        { file: "one.md", text },
        { file: "two.md", text },
      ]),
    ).toThrow('two.md: id "same" is already used by one.md');
  });

  it("reads only .md files and fails whole when one is bad", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "corpus-"));
    await writeFile(path.join(dir, "good.md"), article("id: good\ntitle: Good"));
    await writeFile(path.join(dir, "notes.txt"), "not an article");
    expect((await loadCorpus(dir)).articles.map((a) => a.id)).toEqual(["good"]);
    await writeFile(path.join(dir, "bad.md"), "no front matter");
    await expect(loadCorpus(dir)).rejects.toThrow(/^bad\.md: missing front matter/);
    await rm(dir, { recursive: true });
  });

  it("names a missing folder and says how to fix it", async () => {
    await expect(loadCorpus("/no/such/folder")).rejects.toThrow(
      /not found; create it or set CORPUS_DIR/,
    );
  });
});
