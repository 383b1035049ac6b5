import type { PassageIndex } from "../src/search/passage-index.js";
import { latencies, type Percentiles, timed } from "./stats.js";

type Autocomplete = (partial: string, options: { index: PassageIndex }) => string[];

export type AutocompleteFigures =
  | { available: true; prepareMs: number; suggestions: number | null; latency: Percentiles }
  | { available: false; reason: string };

/** Where another part of the project provides autocomplete; it may not exist yet. */
const MODULE = "../src/answer/autocomplete.js";

/**
 * Autocomplete latency over every typed prefix of the questions, if
 * `src/answer/autocomplete.ts` exports `autocompleteQuestions(partial, { index })`. The
 * first call derives the suggestions for the corpus; it is timed on its own as "prepare".
 */
export async function measureAutocomplete(
  index: PassageIndex,
  prefixes: readonly string[],
  rounds: number,
): Promise<AutocompleteFigures> {
  let module: Record<string, unknown>;
  try {
    module = (await import(MODULE)) as Record<string, unknown>;
  } catch (error) {
    return { available: false, reason: `not available (${String(error).split("\n")[0]})` };
  }
  const autocomplete = module.autocompleteQuestions as Autocomplete | undefined;
  if (typeof autocomplete !== "function") {
    return { available: false, reason: "not available (no autocompleteQuestions export)" };
  }
  const prepare = module.prepareAutocomplete as ((index: PassageIndex) => number) | undefined;
  const prepared = timed(() =>
    typeof prepare === "function" ? prepare(index) : autocomplete("", { index }).length,
  );
  return {
    available: true,
    prepareMs: prepared.ms,
    suggestions: typeof prepare === "function" ? prepared.value : null,
    latency: latencies(prefixes, rounds, (partial) => autocomplete(partial, { index })),
  };
}
