export {
  ANSWER_PAGE_SIZE,
  type AnswerView,
  MAX_SUGGESTION_BUTTONS,
  renderAnswerMessage,
} from "./answer-message.js";
export { type AutocompleteChoice, toAutocompleteChoices } from "./autocomplete-choices.js";
export { type ParagraphContext, renderContextMessage } from "./context-message.js";
export {
  type ButtonAction,
  decodeCustomId,
  encodeCustomId,
  resolveArticleId,
} from "./custom-id.js";
export { escapeDiscordText, unescapeDiscordText } from "./escape.js";
export { type HelpContent, renderHelpMessage } from "./help-message.js";
export { DISCORD_LIMITS, truncate } from "./limits.js";
export {
  type EmbedLike,
  type MessageLike,
  questionFromMessage,
  searchFromMessage,
  suggestionFromMessage,
} from "./message-state.js";
export {
  renderAlreadyVoted,
  renderCooldownNotice,
  renderErrorNotice,
  renderExpiredNotice,
  renderFeedbackThanks,
  renderInputError,
  renderReloadNotice,
} from "./notice-message.js";
export {
  type DiscordButtonRow,
  type DiscordMessagePayload,
  embedCharacters,
  fitPayload,
} from "./payload.js";
export { renderSearchMessage } from "./search-message.js";
export { renderSourcesMessage } from "./sources-message.js";
