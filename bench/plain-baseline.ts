import MiniSearch from "minisearch";
import type { PassageIndex } from "../src/search/passage-index.js";

/**
 * The yardstick: MiniSearch with default options (its own tokenizer, lower-casing, no
 * prefix or fuzzy matching) over the same sentence passages, text only. It knows nothing of
 * stems, synonyms, neighbours or refusals; it only ranks.
 */
export function buildPlainMiniSearch(
  index: PassageIndex,
): MiniSearch<{ id: number; text: string }> {
  const miniSearch = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
  miniSearch.addAll(index.passages.map((passage) => ({ id: passage.id, text: passage.text })));
  return miniSearch;
}
