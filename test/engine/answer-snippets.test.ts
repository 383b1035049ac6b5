/**
 * What `answer()` quotes and cites: the sentence that answers, with its source, from the shipped
 * corpus or any other; no sentence twice; a neighbour joined to it (across a paragraph break, or
 * the list a sentence announces) or quoted on its own; the length limit and highlights; a fact
 * both articles report stated once, citing both; the same reply every time. And `cutAround`,
 * which cuts a long sentence down around its matched words.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { MAX_SNIPPET_LENGTH } from "../../src/answer/answer-types.js";
import { cutAround } from "../../src/answer/snippet-text.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { articlesFromFiles } from "../../src/corpus/load-corpus.js";
import { loadEngine } from "../../src/engine.js";
import { buildPassageIndex, type PassageIndex } from "../../src/search/passage-index.js";
import { ownIndex } from "./own-corpus.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

describe("answer()", () => {
  it("answers the headline question with the rupture warning and its source", () => {
    const reply = answer("What did Putin threaten?", { index });
    expect(reply.answered).toBe(true);
    const rupture = reply.snippets.findIndex((s) => /rupture/.test(s.text));
    expect(rupture).toBeGreaterThanOrEqual(0);
    expect(rupture).toBeLessThan(3);
    expect(reply.snippets[rupture]).toMatchObject({
      paragraph: expect.any(Number),
      title: expect.any(String),
    });
  });

  it("never quotes a sentence twice, even when two neighbours each join the other", () => {
    // "…slated to meet on Jan. 10 in Geneva…" and "That same week, Russian officials will
    // also meet with NATO…" both rank, and each snippet would hold both sentences.
    for (const question of [
      "when will nato and russia meet",
      "where will officials meet in january",
    ]) {
      const texts = answer(question, { index }).snippets.map((s) => s.text);
      const repeats = texts.filter((text, i) =>
        texts.some((other, j) => j !== i && other.includes(text)),
      );
      expect(repeats, question).toEqual([]);
      expect(texts.join(" "), question).toContain("That same week");
    }
  });

  it("still quotes on its own a neighbour that an earlier snippet had to cut short", () => {
    // Snippet 1, "Biden laid out two paths…", takes "One is a path…" beside it but must cut it
    // at 350 characters; the second path is in the part cut off.
    const texts = answer("what two paths did biden lay out", { index }).snippets.map((s) => s.text);
    expect(texts[0]).toMatch(/…$/);
    expect(texts.filter((text) => text.startsWith("One is a path of diplomacy"))).toHaveLength(1);
  });

  it("keeps every snippet within the length limit and its highlights inside the text", () => {
    for (const q of [
      "What would the costs include?",
      "What were the two paths?",
      "Who requested the call?",
    ]) {
      for (const s of answer(q, { index }).snippets) {
        expect(s.text.length).toBeLessThanOrEqual(MAX_SNIPPET_LENGTH);
        for (const h of s.highlights) expect(h.end).toBeLessThanOrEqual(s.text.length);
      }
    }
  });

  it("highlights the words that matched, typos included", () => {
    const [first] = answer("what did Puttin threten", { index }).snippets;
    const marked = first?.highlights.map((h) => first.text.slice(h.start, h.end)) ?? [];
    expect(marked).toContain("Putin");
  });

  it("states a fact both articles report once, citing both", () => {
    const reply = answer("What did the press secretary say?", { index });
    const [first] = reply.snippets;
    expect(first?.text).toMatch(/de-escalation rather than escalation/);
    const cited = [first?.articleId, ...(first?.corroboratedBy.map((c) => c.articleId) ?? [])];
    expect(new Set(cited)).toEqual(
      new Set(["phone-chat-cautions", "turan-serious-substantive-call"]),
    );
    const repeats = reply.snippets.filter((s) => /substantive progress/.test(s.text));
    expect(repeats.length).toBeLessThan(3);
  });

  it("cites both articles for a fact one of them packs into a sentence with others", () => {
    // The first article's sentence also holds Biden's warning and the call's length, so it
    // resembles TURAN's rupture sentence only in the rupture's own words.
    for (const question of ["What did Putin threaten?", "How long was the call?"]) {
      const [first] = answer(question, { index }).snippets;
      const cited = [first?.articleId, ...(first?.corroboratedBy.map((c) => c.articleId) ?? [])];
      expect(new Set(cited), question).toEqual(
        new Set(["phone-chat-cautions", "turan-serious-substantive-call"]),
      );
    }
  });

  it("cites both articles when they use the same words, three in a row, for a fact", () => {
    // The two sentences otherwise share little: the second buries the warning in a list.
    const [first, ...rest] = answer("What would an invasion cost Russia?", { index }).snippets;
    const cited = [first?.articleId, ...(first?.corroboratedBy.map((c) => c.articleId) ?? [])];
    expect(first?.text).toMatch(/serious costs and consequences/);
    expect(new Set(cited)).toEqual(
      new Set(["phone-chat-cautions", "turan-serious-substantive-call"]),
    );
    expect(rest.some((s) => /serious costs and consequences/.test(s.text))).toBe(false);
    // Names do not make a run: both opening sentences say "US President Joe Biden".
    const [opening] = answer("What did Biden and Putin trade in their phone chat?", {
      index,
    }).snippets;
    expect(opening?.corroboratedBy).toEqual([]);
  });

  it("answers from any corpus, not just the shipped one", () => {
    const own = buildPassageIndex(
      articlesFromFiles([
        {
          file: "a.md",
          text: "---\nid: harvest\ntitle: Harvest report\noutlet: Farm News\n---\nThe wheat harvest fell by a third after the drought.\n\nPrices rose in March.",
        },
      ]),
    );
    const reply = answer("How did the drought affect the wheat harvest?", { index: own });
    expect(reply.answered).toBe(true);
    expect(reply.snippets[0]).toMatchObject({ outlet: "Farm News", paragraph: 1 });
  });

  it("reads a one-sentence paragraph with the sentence before it, across the paragraph break", () => {
    // News paragraphs are often one sentence; "his counterpart" names Putin only in the one before.
    const own = ownIndex({
      paragraphs: [
        "Biden spoke with Vladimir Putin on Thursday.",
        "He urged his counterpart to pull troops back.",
        "The weather in Washington was mild.",
      ],
    });
    const { snippets } = answer("What did Biden urge Putin to do?", { index: own });
    expect(snippets.map((s) => [s.paragraph, s.text])).toContainEqual([
      2,
      "He urged his counterpart to pull troops back.",
    ]);
  });

  it("quotes the sentence that lists what the one before announced", () => {
    const own = ownIndex({
      paragraphs: [
        `The minister set out two options for the harbour, each with its own price and timetable. One is a new pier, ${"built over three years ".repeat(8)}and the other is dredging.`,
      ],
    });
    const [first] = answer("What two options did the minister set out?", { index: own }).snippets;
    expect(first?.text).toMatch(/^The minister set out two options.*One is a new pier/);
    expect(first?.text.length).toBeLessThanOrEqual(MAX_SNIPPET_LENGTH);
  });

  it("keeps the announcing sentence whole when the list must be cut short", () => {
    const own = ownIndex({
      paragraphs: [
        `The minister set out two options for the harbour, each with its own price and timetable. One is a new pier, ${"built over three years ".repeat(10)}and the other is dredging the channel.`,
      ],
    });
    const [first] = answer("what's this about two harbour options, pier and dredging?", {
      index: own,
    }).snippets;
    expect(first?.text).toMatch(/^The minister set out two options.*One is a new pier.*…$/);
  });

  it("is deterministic", () => {
    const q = "Why are there fears of another invasion?";
    expect(answer(q, { index })).toEqual(answer(q, { index }));
  });
});

describe("cutAround", () => {
  it("cuts at word boundaries with ellipses and keeps the first match in view", () => {
    const text = `${"word ".repeat(100)}TARGET ${"tail ".repeat(100)}`.trim();
    const start = text.indexOf("TARGET");
    const cut = cutAround(text, [{ start, end: start + 6 }], 120);
    expect(cut.text.length).toBeLessThanOrEqual(120);
    expect(cut.text.startsWith("…") && cut.text.endsWith("…")).toBe(true);
    const [h] = cut.highlights;
    expect(h && cut.text.slice(h.start, h.end)).toBe("TARGET");
  });

  const highlightsOf = (text: string, words: string[]) =>
    words.map((word) => {
      const start = text.indexOf(word);
      return { start, end: start + word.length };
    });

  it("keeps the most matched words in view, and of equal windows the one nearest the end", () => {
    const text = `While the call took place, ${"word ".repeat(20)}they set the tone for upcoming security talks.`;
    const cut = cutAround(text, highlightsOf(text, ["call", "upcoming", "security", "talks"]), 120);
    expect(cut.text.length).toBeLessThanOrEqual(120);
    expect(cut.text.endsWith("upcoming security talks.")).toBe(true);
    expect(cut.highlights.map((h) => cut.text.slice(h.start, h.end))).toEqual([
      "upcoming",
      "security",
      "talks",
    ]);
  });

  it("starts on a matched word that opens on a quote mark, not on the word after it", () => {
    const text = `${"word ".repeat(30)}Biden "laid out two paths" ${"tail ".repeat(3)}`.trim();
    const cut = cutAround(text, highlightsOf(text, ["laid", "paths"]), 60);
    expect(cut.text).toContain("laid out two paths");
  });

  it("prefers, of windows with as many different words, the one repeating them more", () => {
    const text =
      `Biden laid out two paths, two aspects of the approach. ${"tail ".repeat(20)}`.trim();
    const twos = [...text.matchAll(/two/g)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + 3,
    }));
    const approach = highlightsOf(text, ["approach"]);
    const cut = cutAround(
      text,
      [...twos, ...approach].sort((a, b) => a.start - b.start),
      90,
    );
    expect(cut.text).toContain("two paths, two aspects");
  });
});
