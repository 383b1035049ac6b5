import { answer } from "../src/answer/answer.js";
import { corpusDirFrom, indexCacheDirFrom } from "../src/config.js";
import { loadEngine } from "../src/engine.js";

/**
 * Run in a fresh process by the benchmark: loads the engine the way the command line does
 * (`CORPUS_DIR`, `INDEX_CACHE_DIR`, so from a snapshot when one is saved) and answers one
 * question, then prints, as one JSON line, the milliseconds since the process started
 * (`performance.now()` counts from it) at each step.
 */
const question = process.argv[2] ?? "What did Putin threaten?";
const modulesLoadedMs = performance.now();
const { index, indexSource } = await loadEngine(corpusDirFrom(process.env), {
  cacheDir: indexCacheDirFrom(process.env),
});
const engineLoadedMs = performance.now();
const reply = answer(question, { index });
const firstAnswerMs = performance.now();
console.log(
  JSON.stringify({
    question,
    answered: reply.answered,
    passages: index.passages.length,
    indexFrom: indexSource.from,
    modulesLoadedMs,
    engineLoadedMs,
    firstAnswerMs,
  }),
);
