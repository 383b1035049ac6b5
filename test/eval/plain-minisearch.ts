import MiniSearch from "minisearch";
import { citation } from "../../src/answer/answer.js";
import type { Answer, Snippet } from "../../src/answer/answer-types.js";
import type { PassageIndex } from "../../src/search/passage-index.js";

/**
 * The baseline the issue measures against: MiniSearch with default options over the same
 * sentence passages, fed the whole question. It answers with its top five results and refuses
 * only when nothing matches at all.
 */
export function plainMiniSearch(index: PassageIndex): (question: string) => Answer {
  const miniSearch = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
  miniSearch.addAll(index.passages.map((p, id) => ({ id, text: p.text })));
  return (question) => {
    const snippets = miniSearch
      .search(question)
      .slice(0, 5)
      .map(
        (result): Snippet => ({
          ...citation(index, result.id as number),
          text: index.passages[result.id as number]?.text ?? "",
          score: result.score,
          matchedTerms: result.terms,
          highlights: [],
          corroboratedBy: [],
        }),
      );
    return { question, answered: snippets.length > 0, snippets };
  };
}
