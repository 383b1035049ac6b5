import { type Corpus, loadCorpus } from "./corpus/load-corpus.js";
import { buildPassageIndex, type PassageIndex } from "./search/passage-index.js";

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
  return { corpus, index: buildPassageIndex(corpus.articles) };
}
