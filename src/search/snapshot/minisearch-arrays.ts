import MiniSearch from "minisearch";
import { type IndexedPassage, MINISEARCH_OPTIONS } from "../passage-index.js";
import { DenseIds, FieldLengths, Postings, type PostingsLike } from "./array-views.js";

/**
 * MiniSearch's index as an index snapshot stores it. MiniSearch's own `toJSON`/`loadJS` make
 * a JSON object per term and a Map per term on load, which was most of a large snapshot's
 * load time and heap; these arrays load as they are. This reads and writes MiniSearch's
 * private state, the same fields its `toJSON`/`loadJS` use: the engine fingerprint holds the
 * MiniSearch version, so another version rebuilds the snapshot, and a test checks that a
 * loaded index searches exactly like the one it was saved from.
 */
export interface MiniSearchArrays {
  state: {
    documentCount: number;
    nextId: number;
    fieldIds: Record<string, number>;
    averageFieldLength: number[];
    dirtCount: number;
  };
  /** Each term, as an id into the snapshot's dictionary. */
  terms: Uint32Array;
  /** Term t's postings in field f are `docs`/`freqs` from `offsets[t * fields + f]` on. */
  offsets: Uint32Array;
  docs: Uint32Array;
  freqs: Uint32Array;
  /** MiniSearch's short document ids and the ids they stand for. */
  shortIds: Uint32Array;
  docIds: Uint32Array;
  /** Each document's length in each field. */
  fieldLengths: Uint32Array;
}

/**
 * MiniSearch's index as flat arrays, its terms given as ids by `termIdOf` (into the
 * snapshot's dictionary), in the order its tree iterates them.
 */
export function miniSearchToArrays(
  miniSearch: MiniSearch<IndexedPassage>,
  termIdOf: (term: string) => number,
): MiniSearchArrays {
  const ms = internals(miniSearch);
  const fieldCount = Object.keys(ms._fieldIds).length;
  const msTerms: number[] = [];
  const msOffsets: number[] = [0];
  const msDocs: number[] = [];
  const msFreqs: number[] = [];
  for (const [term, data] of ms._index) {
    msTerms.push(termIdOf(term));
    for (let field = 0; field < fieldCount; field++) {
      const postings = data.get(field);
      if (postings) {
        for (const [doc, freq] of postings) {
          msDocs.push(doc);
          msFreqs.push(freq);
        }
      }
      msOffsets.push(msDocs.length);
    }
  }
  const msShortIds = [...ms._documentIds.keys()];
  const msDocIds = [...ms._documentIds.values()];
  const msFieldLengths = new Uint32Array(msShortIds.length * fieldCount);
  for (const [i, shortId] of msShortIds.entries()) {
    const lengths = ms._fieldLength.get(shortId) ?? [];
    for (let field = 0; field < fieldCount; field++) {
      msFieldLengths[i * fieldCount + field] = lengths[field] ?? 0;
    }
  }
  // `storeFields: []` stores nothing, so search results carry only ids.
  const noStoredFields = ms._storedFields.size === 0;
  if (!noStoredFields || msDocIds.some((id) => !Number.isInteger(id) || id < 0)) {
    throw new Error("the index holds what a snapshot cannot store");
  }

  return {
    state: {
      documentCount: ms._documentCount,
      nextId: ms._nextId,
      fieldIds: ms._fieldIds,
      averageFieldLength: ms._avgFieldLength,
      dirtCount: ms._dirtCount,
    },
    terms: Uint32Array.from(msTerms),
    offsets: Uint32Array.from(msOffsets),
    docs: Uint32Array.from(msDocs),
    freqs: Uint32Array.from(msFreqs),
    shortIds: Uint32Array.from(msShortIds),
    docIds: Uint32Array.from(msDocIds),
    fieldLengths: msFieldLengths,
  };
}

/**
 * Rebuilds MiniSearch as its `loadJS` does, but from flat arrays: each term's postings stay
 * in the arrays (see `Postings`) instead of becoming a `Map` per term, which is most of the
 * time and heap a load used to take.
 */
export function miniSearchFromArrays(
  arrays: MiniSearchArrays,
  dictionary: readonly string[],
): MiniSearch<IndexedPassage> {
  const { documentCount, nextId, fieldIds, averageFieldLength, dirtCount } = arrays.state;
  const miniSearch = MiniSearch.loadJS<IndexedPassage>(
    {
      index: [],
      documentCount,
      nextId,
      documentIds: {},
      fieldIds,
      fieldLength: {},
      averageFieldLength,
      storedFields: {},
      dirtCount,
      serializationVersion: 2,
    },
    MINISEARCH_OPTIONS,
  );
  const ms = internals(miniSearch);
  const fieldCount = Object.keys(fieldIds).length;
  const { terms, offsets, docs, freqs, shortIds, docIds, fieldLengths } = arrays;
  if (
    offsets.length !== terms.length * fieldCount + 1 ||
    offsets[0] !== 0 ||
    offsets[offsets.length - 1] !== docs.length ||
    freqs.length !== docs.length ||
    docIds.length !== shortIds.length ||
    fieldLengths.length !== shortIds.length * fieldCount
  ) {
    throw new Error("MiniSearch arrays do not match");
  }
  const dense = shortIds.every((shortId, i) => shortId === i && docIds[i] === i);
  if (dense && fieldCount === 1) {
    // Every index this app builds: passage i is document i. Lookups then need no maps.
    ms._documentIds = new DenseIds(shortIds.length) as unknown as Map<number, number>;
    ms._idToShortId = new DenseIds(shortIds.length) as unknown as Map<number, number>;
    ms._fieldLength = new FieldLengths(fieldLengths) as unknown as Map<number, number[]>;
  } else {
    for (let i = 0; i < shortIds.length; i++) {
      const shortId = shortIds[i] ?? 0;
      const id = docIds[i] ?? 0;
      ms._documentIds.set(shortId, id);
      ms._idToShortId.set(id, shortId);
      const lengths: number[] = [];
      for (let field = 0; field < fieldCount; field++) {
        lengths.push(fieldLengths[i * fieldCount + field] ?? 0);
      }
      ms._fieldLength.set(shortId, lengths);
    }
  }
  for (let t = 0; t < terms.length; t++) {
    const term = dictionary[terms[t] ?? -1];
    if (term === undefined) throw new Error("MiniSearch term out of range");
    const data = new Map<number, PostingsLike>();
    for (let field = 0; field < fieldCount; field++) {
      const start = offsets[t * fieldCount + field] ?? 0;
      const end = offsets[t * fieldCount + field + 1] ?? 0;
      if (end < start) throw new Error("MiniSearch offsets out of order");
      if (end > start) data.set(field, new Postings(docs, freqs, start, end));
    }
    ms._index.set(term, data);
  }
  return miniSearch;
}

/** MiniSearch's private state, which its own `toJSON`/`loadJS` read and write. */
interface MiniSearchInternals {
  _index: Iterable<[string, Map<number, PostingsLike>]> & {
    set(term: string, data: Map<number, PostingsLike>): unknown;
  };
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, number>;
  _idToShortId: Map<number, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _dirtCount: number;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
}

function internals(miniSearch: MiniSearch<IndexedPassage>): MiniSearchInternals {
  return miniSearch as unknown as MiniSearchInternals;
}
