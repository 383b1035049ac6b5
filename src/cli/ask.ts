/**
 * `npm run ask -- "question"`: answers from the corpus on the command line.
 *
 *   ask "What did Putin threaten?"      one answer, as text
 *   ask --json "What did Putin …?"      one answer, as one JSON object
 *   ask --json < questions.txt          batch: one JSON line per input line, in order
 *   ask                                 on a terminal: an interactive prompt
 *
 * Exit codes: 0 answered or not found; 1 corpus missing or broken; 2 bad question or usage.
 */
import { createInterface } from "node:readline";
import { answer } from "../answer/answer.js";
import { QuestionError } from "../answer/question-error.js";
import { corpusDirFrom, indexCacheDirFrom } from "../config.js";
import { CorpusError } from "../corpus/corpus-error.js";
import { type Engine, loadEngine } from "../engine.js";
import { renderAnswerText } from "../render/terminal.js";

const USAGE = `usage: npm run ask -- [--json] ["question"]
  With no question: reads one question per line from standard input (JSON lines out),
  or starts a prompt when standard input is a terminal. CORPUS_DIR picks another corpus.`;

const EXIT = { ok: 0, corpus: 1, usage: 2 } as const;

async function main(argv: readonly string[]): Promise<number> {
  const flags = argv.filter((arg) => arg.startsWith("--"));
  const unknown = flags.filter((flag) => flag !== "--json" && flag !== "--help");
  if (flags.includes("--help")) return print(USAGE, EXIT.ok);
  if (unknown.length > 0) return fail(`unknown option ${unknown[0]}\n${USAGE}`, EXIT.usage);
  const json = flags.includes("--json");
  const words = argv.filter((arg) => !arg.startsWith("--"));

  let engine: Engine;
  try {
    engine = await loadEngine(corpusDirFrom(process.env), {
      cacheDir: indexCacheDirFrom(process.env),
    });
  } catch (error) {
    if (error instanceof CorpusError) return fail(`corpus error: ${error.message}`, EXIT.corpus);
    throw error;
  }

  if (words.length > 0) return askOnce(engine, words.join(" "), json);
  if (!process.stdin.isTTY) return askBatch(engine);
  return askInteractively(engine, json);
}

function askOnce(engine: Engine, question: string, json: boolean): number {
  try {
    const reply = answer(question, { index: engine.index });
    return print(json ? JSON.stringify(reply) : renderAnswerText(reply, style()), EXIT.ok);
  } catch (error) {
    if (error instanceof QuestionError) return fail(error.message, EXIT.usage);
    throw error;
  }
}

/** One JSON line per input line; a bad line gets an error object and the rest go on. */
async function askBatch(engine: Engine): Promise<number> {
  let code: number = EXIT.ok;
  for await (const line of createInterface({
    input: process.stdin,
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    try {
      process.stdout.write(`${JSON.stringify(answer(line, { index: engine.index }))}\n`);
    } catch (error) {
      if (!(error instanceof QuestionError)) throw error;
      process.stdout.write(`${JSON.stringify({ question: line, error: error.message })}\n`);
      code = EXIT.usage;
    }
  }
  return code;
}

async function askInteractively(engine: Engine, json: boolean): Promise<number> {
  const articles = engine.corpus.articles.length;
  const prompt = createInterface({ input: process.stdin, output: process.stdout, prompt: "ask> " });
  process.stdout.write(`${articles} articles loaded. Ask a question, or press Ctrl-D to quit.\n`);
  prompt.prompt();
  for await (const line of prompt) {
    if (line.trim() !== "") askOnce(engine, line, json);
    prompt.prompt();
  }
  process.stdout.write("\n");
  return EXIT.ok;
}

function style() {
  return { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR };
}

function print(text: string, code: number): number {
  process.stdout.write(`${text}\n`);
  return code;
}

function fail(message: string, code: number): number {
  process.stderr.write(`ask: ${message}\n`);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input: still one line, never a stack trace.
    process.stderr.write(
      `ask: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
