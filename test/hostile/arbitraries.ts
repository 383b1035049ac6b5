/**
 * Hostile text for property tests: what people paste into a Discord box, and worse. One
 * arbitrary, `hostileText`, mixes whole-string shapes (one word repeated 2,000 times, only
 * punctuation, only whitespace, one very long word, random Unicode) with strings stitched from
 * pieces (mentions, markdown, code fences, masked links, zero-width and bidi controls, emoji
 * sequences, lone surrogates, regex metacharacters, words the corpus knows). fast-check shrinks
 * a failing case piece by piece, so a counterexample comes back small.
 */
import fc from "fast-check";

/** Discord's cap on a message; the most a user can paste into any box. */
export const MAX_HOSTILE_LENGTH = 6_000;

/**
 * The seed every hostile property runs with, so `npm test` is deterministic. `FC_SEED=<n>`
 * explores other cases.
 */
export const HOSTILE_SEED = Number(process.env.FC_SEED ?? 20_211_230);

/**
 * fast-check parameters with the fixed seed. A failure reports `{ seed, path }`; to replay
 * just that case, `FC_SEED=<seed> FC_PATH=<path> npx vitest run test/hostile -t "<property>"`.
 */
export function hostileParameters(numRuns: number): fc.Parameters<unknown> {
  const path = process.env.FC_PATH;
  return { seed: HOSTILE_SEED, numRuns, ...(path ? { path, endOnFailure: true } : {}) };
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

/** U+200B–U+200F, U+202A–U+202E, U+2066–U+2069 and U+FEFF: invisible, or they reorder text. */
export const ZERO_WIDTH_AND_BIDI = [
  ...range(0x200b, 0x200f),
  ...range(0x202a, 0x202e),
  ...range(0x2066, 0x2069),
  "\ufeff",
];

const EMOJI = [
  "👍",
  "👍🏿",
  "🤷🏽‍♀️",
  "👨‍👩‍👧‍👦",
  "🏳️‍🌈",
  "🧑🏻‍🚀",
  "👩‍❤️‍💋‍👨",
  "❤️",
  "🇺🇦",
  "🇷🇺",
  "1️⃣",
  "#️⃣",
  "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
  "🫠",
  "\u{1f3fd}", // a skin tone with nothing to modify
  "\u200d", // a joiner with nothing to join
];

const LONE_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00"];

const WHITESPACE = [
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\u00a0",
  "\u2028",
  "\u2029",
  "\u3000",
  "\v",
  "\f",
];

const PUNCTUATION = [
  ..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
  "…",
  "—",
  "“",
  "”",
  "‘",
  "’",
  "«",
  "»",
  "¿",
  "¡",
  "·",
  "§",
  "¶",
];

const REGEX_METACHARACTERS = [
  ..."\\^$.|?*+()[]{}/",
  "(a+)+$",
  "(.*)*",
  "([a-z]+)*b",
  "\\d+\\s*",
  "[^]",
  "(?=x)",
  "(?<n>.)\\k<n>",
  "$&",
  "$1",
  "\\u{1F600}",
  "\\",
];

const MARKDOWN = [
  "**",
  "*",
  "__",
  "_",
  "~~",
  "||",
  "`",
  "``",
  "```",
  "```js\n",
  "\n```\n",
  "# ",
  "## ",
  "### ",
  "-# ",
  "> ",
  ">>> ",
  "- ",
  "* ",
  "1. ",
  "\\",
  "\\*",
  "<https://evil.example>",
  "https://evil.example/?q=@everyone",
  "[x](https://evil.example)",
  "[Putin](<https://evil.example>)",
  "[](javascript:alert(1))",
  "![img](https://evil.example/i.png)",
  ":flag_us:",
  "<:pepe:123456789012345678>",
  "<a:dance:123456789012345678>",
  "<t:1640995200:R>",
];

/** Words of the shipped corpus, so some hostile questions get past refusal into snippets. */
const CORPUS_WORDS = [
  "Putin",
  "Biden",
  "sanctions",
  "rupture",
  "Psaki",
  "Ukraine",
  "call",
  "threaten",
  "warned",
  "Russia",
  "NATO",
  "what",
  "did",
  "say",
  "who",
  "when",
  "how many",
  "press secretary",
  "de-escalation",
];

const snowflake = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String);

/** Mentions of every kind Discord renders, plus the broadcast ones that ping a whole server. */
const mention = fc.oneof(
  fc.constantFrom("@everyone", "@here", "@everyone@here", "@@everyone", "＠everyone"),
  snowflake.map((id) => `<@${id}>`),
  snowflake.map((id) => `<@!${id}>`),
  snowflake.map((id) => `<@&${id}>`),
  snowflake.map((id) => `<#${id}>`),
  snowflake.map((id) => `</ask:${id}>`),
  fc.constantFrom("<@", "<@&", "<#", "</", "<@123", "<@&>", "<@>"),
);

/** `[text](url)`: a masked link whose visible text hides where it goes. */
const maskedLink = fc
  .tuple(fc.string({ maxLength: 12 }), fc.webPath(), fc.constantFrom("https", "http", "javascript"))
  .map(([text, path, scheme]) => `[${text}](${scheme}://evil.example${path})`);

const letters = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

/** One small piece of a stitched string. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CORPUS_WORDS) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 3, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 2, arbitrary: fc.constantFrom(...ZERO_WIDTH_AND_BIDI) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...LONE_SURROGATES) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...REGEX_METACHARACTERS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 3, arbitrary: mention },
  { weight: 1, arbitrary: maskedLink },
  { weight: 1, arbitrary: fc.string({ unit: letters, minLength: 20, maxLength: 200 }) },
);

/** A word to repeat: corpus words, single letters, emoji, mentions. */
const repeatable = fc.oneof(
  fc.constantFrom(
    ...CORPUS_WORDS,
    "a",
    "x",
    "the",
    "?",
    "*",
    "@everyone",
    "<@1>",
    "👍🏿",
    "\u200b",
  ),
  fc.string({ unit: letters, minLength: 1, maxLength: 8 }),
);

/** `count` copies of one word, joined by one separator. */
const repeated = (count: fc.Arbitrary<number>) =>
  fc
    .tuple(repeatable, fc.constantFrom(" ", "", "\n", ", ", "\u200b"), count)
    .map(([word, separator, n]) => Array.from({ length: n }, () => word).join(separator));

/**
 * Any string of at most `maxLength` UTF-16 code units (default 6,000) built to break text
 * handling. Cutting to `maxLength` may split a surrogate pair: one more lone surrogate.
 */
export function hostileText(maxLength = MAX_HOSTILE_LENGTH): fc.Arbitrary<string> {
  const cut = (text: string) => text.slice(0, maxLength);
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(piece, { maxLength: 40 }).map((p) => cut(p.join(""))) },
    {
      weight: 2,
      arbitrary: fc.array(piece, { maxLength: 1_500, size: "large" }).map((p) => cut(p.join(""))),
    },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength, size: "medium" }).map(cut) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength, size: "large" }).map(cut) },
    // The "one word repeated 2,000 times", and shorter runs a question can hold.
    { weight: 1, arbitrary: repeated(fc.constant(2_000)).map(cut) },
    { weight: 2, arbitrary: repeated(fc.integer({ min: 2, max: 150 })).map(cut) },
    { weight: 1, arbitrary: fc.string({ unit: letters, minLength: 1, maxLength, size: "large" }) },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: fc.constantFrom(...PUNCTUATION), minLength: 1, maxLength, size: "medium" })
        .map(cut),
    },
    {
      weight: 1,
      arbitrary: fc
        .string({
          unit: fc.constantFrom(...WHITESPACE, ...ZERO_WIDTH_AND_BIDI),
          maxLength,
          size: "medium",
        })
        .map(cut),
    },
  );
}

/**
 * Hostile text that mostly fits a question (≤ 300 characters, so the engine does its full
 * work) and sometimes does not (so the refusal path is exercised too).
 */
export function hostileQuestion(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: hostileText(300) },
    { weight: 1, arbitrary: hostileText() },
  );
}
