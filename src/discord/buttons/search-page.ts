import { QuestionError } from "../../answer/question-error.js";
import { searchPassages } from "../../answer/search-passages.js";
import { renderSearchMessage, searchFromMessage } from "../../render/discord/index.js";
import { expired } from "../outcome.js";
import type { ButtonHandler } from "./button.js";

/** ◀ ▶ on search results: shows another page in place. */
export const searchPageButton: ButtonHandler<"search-page"> = {
  kind: "search-page",
  mode: "update",
  defer: "always",
  handle(interaction, action, { engine }) {
    const search = searchFromMessage(interaction.message);
    if (search === null) return expired();
    try {
      const results = searchPassages(search.query, {
        index: engine.index,
        articleId: search.articleId,
        page: action.page,
      });
      return {
        payload: renderSearchMessage(results),
        mode: "update",
        answered: results.total > 0,
        results: results.total,
      };
    } catch (error) {
      // The article searched within is gone from the corpus: the result has expired.
      if (error instanceof QuestionError) return expired();
      throw error;
    }
  },
};
