/**
 * The Discord renderer against hostile input: answers and search pages built by the real engine
 * from hostile questions, and hand-made ones with hostile text in every field. Every payload is
 * within Discord's limits and can ping nobody but the one user `/ask mention:` names.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { QuestionError } from "../../src/answer/question-error.js";
import { searchPassages, UnknownArticleError } from "../../src/answer/search-passages.js";
import { DEFAULT_CORPUS_DIR } from "../../src/config.js";
import { articleChoices } from "../../src/discord/commands/search.js";
import { loadEngine } from "../../src/engine.js";
import { toWellFormed } from "../../src/render/discord/escape.js";
import {
  type AnswerView,
  questionFromMessage,
  renderAnswerMessage,
  renderCooldownNotice,
  renderErrorNotice,
  renderInputError,
  renderSearchMessage,
  searchFromMessage,
  suggestionFromMessage,
  toAutocompleteChoices,
} from "../../src/render/discord/index.js";
import type { PassageIndex } from "../../src/search/passage-index.js";
import { hostileAnswer, hostileSearchResults } from "./answer-arbitraries.js";
import { hostileParameters, hostileQuestion, hostileText } from "./arbitraries.js";
import { expectSafePayload, expectValidChoices } from "./safe-payload.js";

/** Runs per property: 1,700 cases and about 3,000 payloads, some 6 s on the 2-core machine. */
const RUNS = { engine: 300, handMade: 400, notices: 300, choices: 300 } as const;

let index: PassageIndex;
beforeAll(async () => {
  index = (await loadEngine(DEFAULT_CORPUS_DIR)).index;
});

const snowflake = fc.bigInt({ min: 1n, max: 2n ** 63n }).map(String);

/** Any page, public or hidden, suggested to a user or not. */
const answerView: fc.Arbitrary<AnswerView> = fc
  .record({
    page: fc.integer({ min: -2, max: 6 }),
    ephemeral: fc.boolean(),
    mentionUserId: fc.option(snowflake, { nil: undefined }),
  })
  .map(({ mentionUserId, ...view }) => (mentionUserId ? { ...view, mentionUserId } : view));

/** A message's buttons' labels, in order. */
function buttonLabels(payload: ReturnType<typeof renderAnswerMessage>): string[] {
  return payload.components.flatMap((row) =>
    row.components.flatMap((button) => ("label" in button && button.label ? [button.label] : [])),
  );
}

describe("the renderer on hostile input", () => {
  it("renders the engine's answer, search page or refusal to any question safely", () => {
    fc.assert(
      fc.property(hostileQuestion(), answerView, (question, view) => {
        let reply: ReturnType<typeof answer>;
        try {
          reply = answer(question, { index });
        } catch (error) {
          if (!(error instanceof QuestionError)) throw error;
          expectSafePayload(renderInputError(error.message));
          return;
        }
        const payload = renderAnswerMessage(reply, view);
        expectSafePayload(payload, view.mentionUserId);
        // Buttons read the question and suggestions back from the message, exactly but for a
        // lone surrogate, which is sent as U+FFFD.
        expect(questionFromMessage(payload)).toBe(toWellFormed(reply.question));
        const labels = buttonLabels(payload);
        (reply.suggestions ?? []).forEach((suggestion, i) => {
          if (labels.includes(suggestion)) {
            expect(suggestionFromMessage(payload, i)).toBe(suggestion);
          }
        });

        const results = searchPassages(question, { index, page: Math.max(0, view.page) });
        const page = renderSearchMessage(results, { ephemeral: view.ephemeral === true });
        expectSafePayload(page);
        expect(searchFromMessage(page)).toEqual({
          query: toWellFormed(results.query),
          articleId: null,
        });
      }),
      hostileParameters(RUNS.engine),
    );
  });

  it("renders hand-made answers with hostile snippets, titles, links and suggestions safely", () => {
    fc.assert(
      fc.property(hostileAnswer, answerView, (reply, view) => {
        expectSafePayload(renderAnswerMessage(reply, view), view.mentionUserId);
      }),
      hostileParameters(RUNS.handMade),
    );
  });

  it("renders hand-made search pages, on any page, safely", () => {
    fc.assert(
      fc.property(hostileSearchResults, fc.boolean(), (results, ephemeral) => {
        expectSafePayload(renderSearchMessage(results, { ephemeral }));
      }),
      hostileParameters(RUNS.handMade),
    );
  });

  it("renders notices that quote hostile text safely", () => {
    fc.assert(
      fc.property(
        hostileText(),
        fc.oneof(fc.double(), fc.integer({ min: -10, max: 1e6 })),
        (text, seconds) => {
          expectSafePayload(renderInputError(text));
          expectSafePayload(renderInputError(new UnknownArticleError(text).message));
          expectSafePayload(renderErrorNotice(text));
          expectSafePayload(renderCooldownNotice(seconds));
        },
      ),
      hostileParameters(RUNS.notices),
    );
  });

  it("turns hostile text into at most 25 autocomplete choices of 1–100 characters", () => {
    fc.assert(
      fc.property(fc.array(hostileText(), { maxLength: 40 }), hostileText(), (values, typed) => {
        expectValidChoices(toAutocompleteChoices(values));
        expectValidChoices(articleChoices(index, typed));
      }),
      hostileParameters(RUNS.choices),
    );
  });
});
