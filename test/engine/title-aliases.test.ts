import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { titleAliases } from "../../src/search/title-aliases.js";
import { analyzeTokens } from "../../src/text/analyze.js";
import { foldText } from "../../src/text/fold.js";
import { ownIndex } from "./own-corpus.js";

const tokensOf = (text: string) => analyzeTokens(foldText(text));

describe("titleAliases", () => {
  it("learns who a title names from where it introduces them", () => {
    const aliases = titleAliases([
      tokensOf("Biden and his Russian counterpart Vladimir Putin traded threats."),
      tokensOf("Biden urged his Russian counterpart to de-escalate."),
      tokensOf("Putin told his Russian counterpart nothing."),
    ]);
    expect(aliases).toEqual(new Map([[1, ["vladimir", "putin"]]]));
  });

  it("learns nothing from a title that introduces two people", () => {
    const aliases = titleAliases([
      tokensOf("The city's press secretary Jen Psaki spoke first."),
      tokensOf("Later the state press secretary Ned Price spoke."),
      tokensOf("The press secretary left early."),
    ]);
    expect(aliases.size).toBe(0);
  });
});

describe("a person named by title alone", () => {
  it("answers for the person: 'his Russian counterpart' is Putin", () => {
    const index = ownIndex(
      {
        paragraphs: [
          "On Thursday Joe Biden called his Russian counterpart Vladimir Putin from Delaware about Ukraine and the troops.",
        ],
      },
      {
        outlet: "Post",
        paragraphs: [
          "Biden urged his Russian counterpart to pull back.",
          "Putin and Biden spoke again in January.",
        ],
      },
    );
    const [first] = answer("What did Biden urge Putin to do?", { index }).snippets;
    expect(first?.text).toBe("Biden urged his Russian counterpart to pull back.");
  });
});
