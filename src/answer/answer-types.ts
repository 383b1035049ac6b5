/** Where a snippet's words come from: enough to print "[1] TURAN, ¶3" and link to it. */
export interface Citation {
  articleId: string;
  title: string;
  /** `null` when the article does not name its outlet. */
  outlet: string | null;
  /** 1-based paragraph number. */
  paragraph: number;
  url: string;
  /** The passage quoted, so a transport can fetch its surrounding paragraph. */
  passageId: number;
}

/** A character range of `Snippet.text` that matched the question, for highlighting. */
export interface Highlight {
  start: number;
  end: number;
}

/** One fact, quoted from the corpus: one or two sentences of at most `MAX_SNIPPET_LENGTH`. */
export interface Snippet extends Citation {
  text: string;
  score: number;
  /** Index terms of the question this snippet matched. */
  matchedTerms: string[];
  highlights: Highlight[];
  /** Other places that report the same fact (another article, or the same one again). */
  corroboratedBy: Citation[];
}

/** Why an answer has no snippets. */
export type Refusal =
  /** The question has no word to search for ("what is it?"). */
  | "no-content-words"
  /** The corpus does not cover what the question asks. */
  | "not-in-corpus";

/** What `answer()` returns: the corpus's reply to one question. */
export interface Answer {
  question: string;
  /** True when the corpus answers the question; then `snippets` is not empty. */
  answered: boolean;
  /** Best first. Empty when not answered. */
  snippets: Snippet[];
  refusal?: Refusal;
  /** Questions the corpus can answer, offered when this one was not. */
  suggestions?: string[];
}

export const MAX_SNIPPET_LENGTH = 350;
export const MAX_QUESTION_LENGTH = 300;
