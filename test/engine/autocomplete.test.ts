import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import {
  autocompleteQuestions,
  MAX_AUTOCOMPLETE_CHOICES,
  prepareAutocomplete,
} from "../../src/answer/autocomplete.js";
import { corpusQuestions } from "../../src/answer/corpus-questions.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { articlesFromFiles } from "../../src/corpus/load-corpus.js";
import { loadEngine } from "../../src/engine.js";
import { buildPassageIndex, type PassageIndex } from "../../src/search/passage-index.js";

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

/** A corpus on another subject, to show nothing is tied to the shipped articles. */
const HARVEST = buildPassageIndex(
  articlesFromFiles([
    {
      file: "harvest.md",
      text: [
        "---\nid: harvest\ntitle: Harvest report\noutlet: Farm News\n---",
        "Farmers across the valley said the wheat harvest was poor after the drought.",
        'Governor Elena Ruiz warned that irrigation quotas would tighten, calling it "a hard but necessary choice".',
        "The harvest festival will open on Saturday in Fresno, Ruiz said.",
      ].join("\n\n"),
    },
  ]),
);

describe("autocompleteQuestions", () => {
  it("puts the user's own text first, then corpus questions that fit what was typed", () => {
    const choices = autocompleteQuestions("  what did pu", { index });
    expect(choices[0]).toBe("what did pu");
    expect(choices.length).toBeGreaterThan(2);
    for (const choice of choices.slice(1)) expect(choice).toMatch(/\bPu\w*/i);
    expect(choices).toContain("What did Putin say?");
  });

  it("matches any typed word by prefix or stem, and ranks those holding every word first", () => {
    const [, best] = autocompleteQuestions("putin sanction", { index });
    expect(best).toMatch(/Putin/);
    expect(best).toMatch(/sanctions/);
    const rupture = autocompleteQuestions("ruptu", { index });
    expect(rupture.slice(1).every((choice) => /ruptur/i.test(choice))).toBe(true);
  });

  it("offers only what the corpus answers", () => {
    for (const typed of ["", "what did", "biden", "esc", "nato"]) {
      for (const choice of autocompleteQuestions(typed, { index })) {
        if (choice === typed) continue;
        expect(answer(choice, { index }).answered, choice).toBe(true);
      }
    }
    for (const { text } of corpusQuestions(HARVEST)) {
      expect(answer(text, { index: HARVEST }).answered, text).toBe(true);
    }
  });

  it("works on any corpus: questions come from its own names, quotes and words", () => {
    const all = autocompleteQuestions("", { index: HARVEST });
    expect(all).toContain("What did Ruiz say?");
    expect(all).toContain("What about “a hard but necessary choice”?");
    expect(all.some((choice) => /Putin|Biden/.test(choice))).toBe(false);
    expect(autocompleteQuestions("irrig", { index: HARVEST }).slice(1)).toEqual(
      expect.arrayContaining([expect.stringMatching(/irrigation/)]),
    );
  });

  it("respects the limit, de-duplicates, and keeps every suggestion short", () => {
    const many = autocompleteQuestions("", { index });
    expect(many.length).toBe(MAX_AUTOCOMPLETE_CHOICES);
    expect(new Set(many.map((c) => c.toLowerCase())).size).toBe(many.length);
    expect(autocompleteQuestions("w", { index, limit: 3 })).toHaveLength(3);
    expect(
      autocompleteQuestions("What did Putin say?", { index }).filter(
        (c) => c === "What did Putin say?",
      ),
    ).toHaveLength(1);
    for (const { text } of corpusQuestions(index)) expect(text.length).toBeLessThanOrEqual(100);
    expect(autocompleteQuestions("zzzz qqqq", { index })).toEqual(["zzzz qqqq"]);
    expect(autocompleteQuestions("", { index, limit: 0 })).toEqual([]);
  });

  // How fast: `npm run bench` measures it (autocomplete p99); a timing here could flake.
  it("answers every keystroke of a long question on a large corpus", () => {
    const large = syntheticIndex(2_000);
    prepareAutocomplete(large);
    const typed = "what did Kalo say about the sanctions against Velmira and others";
    for (let end = 0; end <= typed.length; end++) {
      const choices = autocompleteQuestions(typed.slice(0, end), { index: large });
      expect(choices.length).toBeLessThanOrEqual(MAX_AUTOCOMPLETE_CHOICES);
    }
    expect(autocompleteQuestions("what did Kalo", { index: large }).length).toBeGreaterThan(0);
  });

  it("derives suggestions once per index", () => {
    const fresh = buildPassageIndex(
      articlesFromFiles([
        {
          file: "h.md",
          text: "---\nid: h\ntitle: H\n---\n\nMayor Tom Reed said the bridge will reopen.",
        },
      ]),
    );
    const count = prepareAutocomplete(fresh);
    expect(count).toBeGreaterThan(0);
    // Derived once: later calls keep the first derivation, even when offered another.
    expect(prepareAutocomplete(fresh)).toBe(count);
    expect(prepareAutocomplete(fresh, [])).toBe(count);
  });
});

/** Many articles of made-up names and words: thousands of distinct suggestions. */
function syntheticIndex(passages: number): PassageIndex {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const syllables = [
    "ka",
    "lo",
    "mi",
    "ran",
    "tor",
    "vel",
    "zan",
    "shi",
    "dor",
    "pe",
    "qua",
    "bre",
  ];
  const word = (n: number) =>
    Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join("");
  const name = () => {
    const w = word(2 + Math.floor(random() * 2));
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const files = [];
  for (let a = 0; a < passages / 20; a++) {
    const sentences = Array.from({ length: 20 }, () =>
      random() < 0.5
        ? `${name()} said the ${word(3)} of ${name()} would hurt the ${word(3)}.`
        : `Officials in ${name()} described the “${word(3)} ${word(3)}” as a ${word(3)}.`,
    );
    files.push({
      file: `a${a}.md`,
      text: `---\nid: a${a}\ntitle: Article ${a}\n---\n\n${sentences.join("\n\n")}`,
    });
  }
  return buildPassageIndex(articlesFromFiles(files));
}
