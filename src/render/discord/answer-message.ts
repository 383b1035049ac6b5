import { type APIButtonComponent, type APIEmbed, ButtonStyle } from "discord.js";
import type { Answer, Snippet } from "../../answer/answer-types.js";
import { emphasize, markerText, SourceMarkers, sourceLine } from "./citations.js";
import { actionButton, buttonRows } from "./components.js";
import { escapeDiscordText } from "./escape.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";
import { answerFooter, suggestionLine } from "./message-state.js";
import { packLines } from "./pack-lines.js";
import { type DiscordMessagePayload, embedCharacters, fitPayload } from "./payload.js";
import { EMBED_COLOR, messageFrame } from "./view.js";

/** Snippets per page of an answer. */
export const ANSWER_PAGE_SIZE = 3;
/** Most did-you-mean buttons on a not-found message. */
export const MAX_SUGGESTION_BUTTONS = 5;

export interface AnswerView {
  /** 0-based page; a page past the end shows the last one. */
  page: number;
  /** Set when one user suggests the answer to another: it pings only that user. */
  mentionUserId?: string;
  ephemeral?: boolean;
}

const SNIPPET_TEXT_MAX = 1200;
const SOURCE_TITLE_MAX = 120;
const SUGGESTION_MAX = 300;
const TITLE_MAX = 200;
/** Room kept free below the 6000 total so `fitPayload` never has to cut the sources. */
const SAFETY_MARGIN = 20;

/**
 * Renders an answer as one embed: the page's snippets with matched words in bold and citation
 * markers, a Sources list, and buttons (More, Context per snippet, 👍 👎); or, when the
 * articles do not answer, a short not-found message with did-you-mean buttons.
 *
 * @example
 * renderAnswerMessage(answer("What did Putin threaten?", { index }), { page: 0 });
 * // { embeds: [{ title: "What did Putin threaten?", description: "The Kremlin … [1]", … }], … }
 */
export function renderAnswerMessage(answer: Answer, view: AnswerView): DiscordMessagePayload {
  const frame = messageFrame(view);
  if (!answer.answered || answer.snippets.length === 0) {
    return fitPayload({ ...frame, ...notFound(answer) });
  }
  const pageCount = Math.ceil(answer.snippets.length / ANSWER_PAGE_SIZE);
  const page = Math.min(Math.max(0, Math.floor(view.page)), pageCount - 1);
  const markers = new SourceMarkers();
  const numbered = answer.snippets.map((snippet) => ({
    snippet,
    numbers: markers.forSnippet(snippet),
  }));
  const shown = numbered.slice(page * ANSWER_PAGE_SIZE, (page + 1) * ANSWER_PAGE_SIZE);

  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(escapeDiscordText(answer.question), TITLE_MAX),
    description: shown
      .map(
        ({ snippet, numbers }) =>
          `${truncate(emphasize(snippet), SNIPPET_TEXT_MAX)} ${markerText(numbers)}`,
      )
      .join("\n\n"),
    footer: { text: answerFooter(answer.question, { page, pageCount }) },
  };
  embed.fields = sourceFields(
    markers,
    shown.flatMap((s) => s.numbers),
    embedCharacters(embed),
  );

  const more =
    page + 1 < pageCount
      ? [actionButton({ kind: "more", page: page + 1 }, "More", { style: ButtonStyle.Primary })]
      : [];
  const feedback = [
    actionButton({ kind: "feedback", vote: "up" }, "Helpful", { emoji: "👍" }),
    actionButton({ kind: "feedback", vote: "down" }, "Not helpful", { emoji: "👎" }),
  ];
  return fitPayload({
    ...frame,
    embeds: [embed],
    components: buttonRows([[...more, ...feedback], contextButtons(shown)]),
  });
}

function sourceFields(markers: SourceMarkers, cited: readonly number[], used: number) {
  const lines = [...new Set(cited)]
    .sort((a, b) => a - b)
    .flatMap((n) => {
      const citation = markers.citationOf(n);
      return citation ? [sourceLine(n, citation, SOURCE_TITLE_MAX)] : [];
    });
  const name = "Sources";
  const chunks = packLines(
    lines,
    {
      chunkLength: DISCORD_LIMITS.fieldValue,
      maxChunks: DISCORD_LIMITS.fieldsPerEmbed,
      budget: DISCORD_LIMITS.embedsTotalCharacters - used - SAFETY_MARGIN,
      chunkOverhead: name.length,
    },
    (omitted) => `…and ${omitted} more ${omitted === 1 ? "source" : "sources"}`,
  );
  // Only the first field is titled; the rest continue its list under a blank-looking name.
  return chunks.map((value, i) => ({ name: i === 0 ? name : "\u200b", value }));
}

function contextButtons(
  shown: ReadonlyArray<{ snippet: Snippet; numbers: number[] }>,
): APIButtonComponent[] {
  const seen = new Set<string>();
  const buttons: APIButtonComponent[] = [];
  for (const { snippet, numbers } of shown) {
    const button = actionButton(
      {
        kind: "context",
        articleId: snippet.articleId,
        paragraph: snippet.paragraph,
        passageId: snippet.passageId,
      },
      `Context [${numbers[0] ?? "?"}]`,
    );
    const id = "custom_id" in button ? button.custom_id : "";
    if (seen.has(id)) continue;
    seen.add(id);
    buttons.push(button);
  }
  return buttons;
}

function notFound(answer: Answer): Pick<DiscordMessagePayload, "embeds" | "components"> {
  const vague = answer.refusal === "no-content-words";
  const message = vague
    ? "That question has nothing specific to search for. Ask about a person, place or event in the articles."
    : "The articles don't cover that.";
  const suggestions = [
    ...new Set((answer.suggestions ?? []).map((s) => s.replace(/\s+/g, " ").trim())),
  ]
    .filter((s) => s.length > 0 && s.length <= SUGGESTION_MAX)
    .slice(0, MAX_SUGGESTION_BUTTONS);
  const lines = suggestions.map((s, i) => suggestionLine(i, s));
  // Suggestions are read back from these lines, so one that does not fit whole is left out.
  let description = message;
  let offered = 0;
  for (const line of lines) {
    const next = `${description}${offered === 0 ? "\n\nYou could ask:" : ""}\n${line}`;
    if (next.length > DISCORD_LIMITS.embedDescription) break;
    description = next;
    offered++;
  }
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: vague ? "Could you be more specific?" : "Not in the articles",
    description,
    footer: { text: answerFooter(answer.question) },
  };
  const buttons = suggestions
    .slice(0, offered)
    .map((s, index) =>
      actionButton({ kind: "suggestion", index }, s, { style: ButtonStyle.Primary }),
    );
  return { embeds: [embed], components: buttonRows([buttons]) };
}
