import { purposeSpans } from "./asker-purpose.js";
import { type TextSpan, within } from "./choice-options.js";
import { asIfHeld } from "./concept-importance.js";
import type { Concept } from "./query-plan.js";
import { firstMatchSpan, weighWithin } from "./side-clauses.js";

/*
 * What stands around the question itself: a chat label, the asker's role, whom a claim was
 * heard from, statements setting the scene, the asker's remarks about themselves, a closing
 * "…, legit?". Run-on chat puts a sentence or two of these before the question, often with no
 * question mark. Their ideas count less or not at all. `spans` are where each of `concepts`
 * stands in the folded question.
 */

/**
 * "back in my day presidents met face to face. how long was this phone thing anyway?": the
 * statements before the closing question set the scene; the question asks. The lead-in runs
 * to the last full stop or exclamation ending a word (not "Jan." or "U.S.") before the
 * question's own words.
 */
/** Up to the last full stop or exclamation ending a word: the statements before the question. */
const SENTENCE_END = String.raw`^.*(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|vs|etc|[a-z]\.[a-z]))[.!]\s+`;
const LEAD_IN = new RegExp(String.raw`${SENTENCE_END}(?=[^.!]*\?\s*$)`, "isu");
/**
 * "friend in DC asked me this and i blanked: per the official recap, …": a clause before a
 * colon in which the asker speaks of themselves.
 */
const REMARK_BEFORE_COLON = /^[^:?]*\b(?:i|i'm|im|i've|ive|me|my)\b[^:?]*:\s*(?=[^?]*\?)/iu;
/** Whom a chat asker knows: "a friend", "a reporter friend", "a classmate". */
const ACQUAINTANCE = "(?:friend|buddy|classmate|coworker|colleague|guy|teacher|professor)";
/**
 * How the asker opens a remark about themselves, often leaving out the "I" ("seen a ton of
 * speculation on reddit", "trying to explain the backdrop to my mom"), or about whom they
 * heard from ("someone in the group chat…", "a classmate doubted it").
 */
const ASKER_OPENER = String.raw`(?:i|i'm|im|i've|ive|i'd|my|me|we|our|asking|reading|read|seeing|seen|saw|thought|thinking|trying|wondering|curious|bet|heard|feels?\s+like|some(?:one|body)|every(?:one|body)|people|ppl|folks|it\s+came\s+up|a\s+(?:[\p{L}'’]+\s+)?${ACQUAINTANCE})`;
/**
 * "who was on the call? my grandma asks me lol", "…? asking for a friend", "…? seen a ton
 * of speculation on reddit": after the question mark the asker speaks of themselves, often
 * leaving out the "I". A closing "anyway, what timeframe…" asks again, so the remark ends
 * there.
 */
const REMARK_AFTER = new RegExp(
  `(?<=\\?\\s*)(?:${ASKER_OPENER}|lol|lmao|tbh|ngl|honestly)\\b[^?]*?(?=\\b(?:but\\s+)?anyway\\b|$)`,
  "iu",
);

/** "which country was it about? (dumb q i know)": an aside in brackets after the question. */
const BRACKETED_AFTER = /(?<=\?\s*)\([^()?]*\)\W*$/u;

/** Words a chat message opens with before it says anything: "ngl", "ok so", "wait". */
const CHAT_FILLER = String.raw`(?:ngl|tbh|ok|okay|so|lol|honestly|wait|hmm+|well|yeah|yo|like|idk|fwiw)`;
/** How a statement opens as the asker speaks, after any chat filler: "ok so ngl my roommate". */
const ASKER_START = String.raw`^\W*(?:${CHAT_FILLER}\W+)*(?:${ASKER_OPENER})`;

/** How a question proper opens: a question word, or a verb put before its subject. */
const QUESTION_OPENER = String.raw`(?:what|what's|whats|which|who|who's|whom|whose|where|when|how|why|did|does|do|is|are|was|were|will|would|could|can|has|have|had)`;
/**
 * "ngl i only skimmed the headline. did they actually…": the same lead-in before a question
 * proper typed without its question mark.
 */
const LEAD_IN_UNMARKED = new RegExp(
  String.raw`${SENTENCE_END}(?=\W*(?:(?:but|so|anyway|ok|okay|and)\s+)?${QUESTION_OPENER}\b[^.!?]*$)`,
  "isu",
);
/**
 * "i'm in poland and people here are nervous, did the us say…", "i know everyone says it's
 * cold war 2.0, but were they…?": the asker speaks of themselves, then asks, often without a
 * question mark, and the question may go on past it ("did they say anything new? or not?").
 */
const OWN_CLAUSE_BEFORE = new RegExp(
  String.raw`${ASKER_START}\s[^?]*?,\s*(?:(?:but|so|anyway)\s+)?(?=${QUESTION_OPENER}\b)`,
  "iu",
);
/**
 * "first time hearing about this, apparently biden warned the kremlin, but when was the
 * call…": statements closed by ", but" or ", anyway" before a question proper set the scene.
 * Chat often drops the comma, or puts a "lol" in its place.
 * After ", so" the statement is the question's premise ("moscow asked for it, so why'd the
 * US go along"), and counts in full.
 */
const STATEMENT_BEFORE = new RegExp(
  String.raw`^(?!\W*${QUESTION_OPENER}\b)[^?]*?(?:,\s*|\s+(?:(?:lol|lmao|haha|tbh)\s+)?)(?:but|anyway)\s+(?:like\s+)?(?=${QUESTION_OPENER}\b)`,
  "iu",
);
/** A word for someone the asker knows, said whole. */
const KNOWN_PERSON = new RegExp(`^${ACQUAINTANCE}s?$`, "iu");
/** A statement opening as the asker speaks of themselves or of whom they heard from. */
const ASKER_SPEAKS = new RegExp(String.raw`${ASKER_START}\b`, "iu");

/** What an idea of a lead-in statement or a remark counts, against the same idea asked. */
const ASIDE_IMPORTANCE = 0.5;

/**
 * Weighs down the ideas of statements made around the question: before it, or after its
 * question mark when the asker speaks of themselves. The ideas of such a remark are marked
 * `aside`.
 *
 * @example
 * markAsides(concepts, spans, "presidents met in person then. how long was the call?");
 */
export function markAsides(
  concepts: readonly Concept[],
  spans: readonly TextSpan[],
  folded: string,
): void {
  const spanOf = (pattern: RegExp) => firstMatchSpan(folded, pattern);
  const leadIn = [...spanOf(LEAD_IN), ...spanOf(LEAD_IN_UNMARKED), ...spanOf(STATEMENT_BEFORE)];
  // "my history teacher brought up 2014 today. what's the link…": a lead-in in the first
  // person is the asker speaking of themselves.
  const ownLeadIn = leadIn.filter((span) => ASKER_SPEAKS.test(folded.slice(span.start)));
  const remarks = [
    ...ownLeadIn,
    ...spanOf(OWN_CLAUSE_BEFORE),
    ...spanOf(REMARK_BEFORE_COLON),
    ...spanOf(REMARK_AFTER),
    ...spanOf(BRACKETED_AFTER),
  ];
  const asides = [...leadIn.filter((span) => !ownLeadIn.includes(span)), ...remarks];
  if (!weighWithin(concepts, spans, asides, ASIDE_IMPORTANCE)) return;
  // A lead-in may name what is asked about ("Zelensky spoke too. what did he say?"), so a
  // name in it the articles lack still tells they do not answer; its other missing words
  // ("every headline is doom and gloom") do not. The asker's remark about themselves names
  // nothing asked about: no word of it the articles lack ("reddit", "roommate") tells.
  for (const [i, concept] of concepts.entries()) {
    if (!within(spans[i], remarks)) {
      if (within(spans[i], asides) && !concept.inCorpus && concept.wordClass !== "name") {
        concept.aside = true;
      }
      continue;
    }
    concept.aside = true;
    // "my friend walked me through it": someone the asker knows, not the allies.
    if (KNOWN_PERSON.test(concept.surface)) {
      concept.terms = concept.terms.filter((term) => term.kind !== "expansion");
    }
    if (!concept.inCorpus && concept.wordClass !== "weak") {
      concept.importance = Math.min(
        concept.importance,
        asIfHeld(concept.importance, concept.wordClass),
      );
    }
  }
}

/**
 * "hw q: what 2 words…", "history class q: what year…", "fact check: was it…", "journo here,
 * where…": a chat label or the asker's role before the question. It asks nothing; searched,
 * "student" and "class" would be words the articles lack. A label names itself a question
 * ("quick question:"), so a topic before a colon ("OSCE: full name?") stays what is asked
 * about.
 */
const LABEL =
  /^\W*(?:[\p{L}\d'’-]+\s+){0,3}(?:q|qn|qs|question|(?:fact|reality|sanity)[\s-]?check)\s*:\s*/iu;
const ROLE_HERE = /^\W*(?:[\p{L}'’-]+\s+){0,2}here\s*[,.:!]\s*/iu;

/** Whom a claim was heard from: a person, or what they read it in. */
const HEARD_FROM = String.raw`(?:some(?:one|body)|people|ppl|every(?:one|body)|a\s+(?:[\p{L}'’]+\s+)?${ACQUAINTANCE}|(?:(?:a|the|one|this)\s+)?(?:headline|post|tweet|video|clip|thread)|my\s+(?:[\p{L}'’]+\s+){0,2}?[\p{L}'’]+)`;
/** Where they are ("in gen chat"), then how they put it. */
const HEARD_WHERE = String.raw`(?:\s+(?:in|on|at|from)\s+(?:[\p{L}'’]+\s+){0,2}?[\p{L}'’]+)?`;
const HEARD_HOW = String.raw`(?:said|says|(?:is|are|keeps?)\s+saying|told\s+me|claims?|claimed|swears|insists|mentioned|asked(?:\s+me)?|asks(?:\s+me)?|wants\s+to\s+know|wondered|wonders)`;
/**
 * "someone in gen chat said they talked for an hour", "heard putin rang biden", "my econ
 * teacher asked": whoever the asker heard a claim from, before the claim they want checked.
 */
const HEARSAY = new RegExp(
  String.raw`^\W*(?:(?:i\s+)?heard|i\s+read|${HEARD_FROM}${HEARD_WHERE}\s+${HEARD_HOW})\s+(?:that\s+)?`,
  "iu",
);

/** "…, legit?", "…. true?", "…? is that right": a closing tag asking to confirm the claim. */
const CONFIRMATION_TAG =
  /(?<=[,.;?!\u2013\u2014-]\s*)(?:legit|true|correct|right|accurate|fair|for\s+real|yes|yeah|(?:is\s+)?that\s+(?:true|right|correct|legit|fair|so))\W*$/iu;
/** "is that fair, did both sides threaten?": asking to confirm, before the question proper. */
const CONFIRMATION_OPENING =
  /(?<=^|[.;?!]\s*)(?:is|was)\s+(?:that|this|it)\s+(?:true|right|correct|legit|fair|accurate)\s*,\s*/iu;

/**
 * "what year again? 2015?": a figure after the question is the asker's guess at the answer,
 * which a right answer may contradict.
 */
const GUESS =
  /(?<=\?\s*)(?:(?:or|like|maybe|prob|probably|was\s+it|is\s+it)\s+)?\d[\d,.]*(?:\s*(?:ish|or\s+so))?\s*\?+\s*$/iu;

/**
 * The spans of `folded` that label the question, name the asker or whom they heard a claim
 * from, say what they want the answer for, or close it asking to confirm or guessing the
 * answer.
 *
 * @example
 * preambleSpans("hw q: what 2 words did officials use?"); // [{ start: 0, end: 6 }]
 */
export function preambleSpans(folded: string): TextSpan[] {
  const preamble = ROLE_HERE.exec(folded) ?? LABEL.exec(folded);
  const end = preamble?.[0].length ?? 0;
  const source = HEARSAY.exec(folded.slice(end));
  // "ok so one option is talking. my sister asked what the other one is": the claim's
  // source may open the question's own sentence, after a statement setting the scene.
  const leadIn = preamble || source ? undefined : LEAD_IN.exec(folded)?.[0].length;
  const laterSource = leadIn === undefined ? null : HEARSAY.exec(folded.slice(leadIn));
  const tag = CONFIRMATION_TAG.exec(folded) ?? GUESS.exec(folded);
  return [
    ...firstMatchSpan(folded, CONFIRMATION_OPENING),
    ...(preamble || source ? [{ start: 0, end: end + (source?.[0].length ?? 0) }] : []),
    ...(leadIn !== undefined && laterSource
      ? [{ start: leadIn, end: leadIn + laterSource[0].length }]
      : []),
    ...(tag ? [{ start: tag.index, end: folded.length }] : []),
    ...purposeSpans(folded),
  ];
}
