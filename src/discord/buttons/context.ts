import { citation } from "../../answer/answer.js";
import { renderContextMessage, resolveArticleId } from "../../render/discord/index.js";
import { expired } from "../outcome.js";
import type { ButtonHandler } from "./button.js";

/** "Context": the whole paragraph a snippet quotes, privately, the quoted sentence in bold. */
export const contextButton: ButtonHandler<"context"> = {
  kind: "context",
  mode: "reply",
  defer: "never",
  handle(_interaction, action, { engine }) {
    const { index } = engine;
    const articleId = resolveArticleId(action.articleId, index.articles.keys());
    const sentences = index.passages.filter(
      (passage) => passage.articleId === articleId && passage.paragraph === action.paragraph,
    );
    const first = sentences[0];
    if (!first) return expired();
    // The passage id is only a hint: after a corpus change it may name another sentence.
    const focus = sentences.findIndex((passage) => passage.id === action.passageId);
    return {
      payload: renderContextMessage({
        citation: citation(index, sentences[focus]?.id ?? first.id),
        sentences: sentences.map((passage) => passage.text),
        focus,
      }),
      mode: "reply",
      answered: true,
      results: sentences.length,
    };
  },
};
