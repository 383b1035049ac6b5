import { type Corpus, loadCorpus } from "./corpus/load-corpus.js";
import { buildPassageIndex, type PassageIndex } from "./search/passage-index.js";
import { planQuery } from "./search/query-plan.js";

export interface Engine {
  corpus: Corpus;
  index: PassageIndex;
}

/**
 * Loads a corpus folder and indexes it: the start-up step every transport shares.
 * @throws CorpusError naming the bad file; nothing is half-loaded.
 */
export async function loadEngine(corpusDir: string): Promise<Engine> {
  const corpus = await loadCorpus(corpusDir);
  const index = buildPassageIndex(corpus.articles);
  warmUp(index);
  return { corpus, index };
}

/**
 * Planning a question loads the word-frequency list and the part-of-speech tagger on first
 * use (about 0.3 s together); pay that at start-up rather than on a user's first question.
 */
function warmUp(index: PassageIndex): void {
  planQuery("Who warned whom?", index);
}
