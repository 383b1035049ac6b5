import type { ButtonHandler, ButtonKind } from "./button.js";
import { contextButton } from "./context.js";
import { feedbackButton } from "./feedback.js";
import { moreButton } from "./more.js";
import { searchPageButton } from "./search-page.js";
import { suggestionButton } from "./suggestion.js";

export type { ButtonHandler, ButtonKind } from "./button.js";

/** One handler per kind of button; the type makes a missing one a compile error. */
export const BUTTONS: { readonly [K in ButtonKind]: ButtonHandler<K> } = {
  more: moreButton,
  context: contextButton,
  feedback: feedbackButton,
  suggestion: suggestionButton,
  "search-page": searchPageButton,
};
