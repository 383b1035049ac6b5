import type { TextSpan } from "./choice-options.js";
import { firstMatchSpan } from "./side-clauses.js";

/*
 * What the asker wants the answer for, or in what form: "for my poli sci essay, …", "…? need
 * a quote", "citing this for class: …", "in academic terms, …". Students say it before or
 * after the question. It asks nothing, and searched it misleads: "class" and "essay" are
 * words the articles lack, so the question would be refused, and "source" or "quote" would
 * pull the sentences that quote an official.
 */

/** What a student writes: "essay", "class presentation", "blog post". */
const WORK = String.raw`(?:essay|paper|class|course|presentation|post|blog|report|assignment|homework|hw|thesis|project|debate|seminar|lecture|exam|quiz|newsletter|podcast|notes|research|dissertation|school|uni|coursework|write-?up|slides?|discussion|handout|op-?ed|summary|recap|bibliography)`;
/**
 * "for my poli sci essay", "in a seminar handout", "background section of my paper", "for
 * class"; not "for the discussion", which may be the talks asked about.
 */
const FOR_WORK = String.raw`(?:(?:for|in|of)\s+(?:my|a|an|our)\s+(?:(?!(?:the|these|those|their|his|her|its|that)\b)[\p{L}'’-]+\s+){0,3}?${WORK}s?|for\s+(?:class|school|homework|hw|uni|coursework))\b`;
/** What form they want it in: "a quote", "exact wording", "a source", "the list". */
const FORM = String.raw`(?:quote|quotation|source|citation|cite|reference|wording|list|confirmation)s?`;
/** "need a quote", "need exact wording", "source needed", "citing this". */
const FORM_WANTED = String.raw`(?:(?:i\s+)?need(?:\s+(?:a|an|the|some|it|this))?(?:\s+[\p{L}'’-]+)?\s+${FORM}\b|${FORM}\s+needed\b|cit(?:e|ing)\s+(?:this|it)\b)`;
/**
 * "in academic terms", "in one word", "in a nutshell", "tl;dr": the register or length asked
 * for, not a topic.
 */
const IN_TERMS = String.raw`(?:in\s+(?:academic|plain|simple|simplest|formal|layman'?s?|lay)\s+terms|(?:in\s+)?(?:a|one|two|three|a\s+few|\d+)\s+(?:words?|sentences?|lines?)(?:\s+(?:if\s+possible|max|tops))?|in\s+a\s+nutshell|tl\s*;?\s*dr)`;

/**
 * Opening the message before a comma or colon ("for my essay, …", "need a quote: …"), or
 * before what it is on ("need a source on how long they talked").
 */
const PURPOSE_FIRST = new RegExp(
  String.raw`^\W*(?:(?:(?:[^,:;?]*\s)?${FOR_WORK}|${FORM_WANTED}(?:\s+${FOR_WORK})?|${IN_TERMS})\s*[,:;\u2013\u2014-]|${FORM_WANTED}\s+(?:on|about|regarding|re)\b|tl\s*;?\s*dr\s+(?:of|on)\b)\s*`,
  "iu",
);
/** "…, for my class presentation?": said last, before the question mark. */
const PURPOSE_LAST = new RegExp(String.raw`(?<=,\s*)(?:${FOR_WORK}|${IN_TERMS})\W*$`, "iu");
/**
 * "…? need it for a paper", "…? (writing a summary for class)", "…? source needed for my
 * essay": a remark after the question mark saying what the answer is for or wanted as.
 */
const PURPOSE_AFTER = new RegExp(
  String.raw`(?<=\?\s*)\W*(?=[^?]*\b(?:${FOR_WORK}|${FORM_WANTED}|${IN_TERMS}))[^?]*$`,
  "iu",
);

/**
 * The spans of `folded` saying what the asker wants the answer for or in what form.
 *
 * @example
 * purposeSpans("for my essay, when did they talk?"); // [{ start: 0, end: 14 }]
 * purposeSpans("when did they talk? need a quote"); // [{ start: 19, end: 32 }]
 */
export function purposeSpans(folded: string): TextSpan[] {
  return [PURPOSE_FIRST, PURPOSE_LAST, PURPOSE_AFTER].flatMap((pattern) =>
    firstMatchSpan(folded, pattern),
  );
}
