/**
 * Read-only stand-ins for the Maps MiniSearch keeps per term and per document, backed by an
 * index snapshot's flat arrays: a load then makes a few objects per term instead of a Map
 * per term and two entries per document, which was most of the time and heap it took.
 */

/** What MiniSearch reads of one term's postings in one field: doc short id → term frequency. */
export interface PostingsLike {
  readonly size: number;
  keys(): IterableIterator<number>;
  get(shortId: number): number | undefined;
  [Symbol.iterator](): IterableIterator<[number, number]>;
}

/**
 * One term's postings in one field, read in place from the snapshot's arrays: what MiniSearch
 * reads of a `Map<shortId, frequency>` (`size`, `keys`, `get`, iteration), in the order the
 * saved map iterated. MiniSearch asks `get` for each id `keys` just gave, so `get` tries the
 * next position first; failing that it searches (ascending ids), or scans.
 */
export class Postings implements PostingsLike {
  readonly #docs: Uint32Array;
  readonly #freqs: Uint32Array;
  readonly #start: number;
  readonly #end: number;
  #next: number;

  constructor(docs: Uint32Array, freqs: Uint32Array, start: number, end: number) {
    this.#docs = docs;
    this.#freqs = freqs;
    this.#start = start;
    this.#end = end;
    this.#next = start;
  }

  get size(): number {
    return this.#end - this.#start;
  }

  *keys(): IterableIterator<number> {
    for (let i = this.#start; i < this.#end; i++) yield this.#docs[i] ?? 0;
  }

  *values(): IterableIterator<number> {
    for (let i = this.#start; i < this.#end; i++) yield this.#freqs[i] ?? 0;
  }

  *entries(): IterableIterator<[number, number]> {
    for (let i = this.#start; i < this.#end; i++) yield [this.#docs[i] ?? 0, this.#freqs[i] ?? 0];
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }

  forEach(callback: (freq: number, doc: number, postings: this) => void): void {
    for (const [doc, freq] of this.entries()) callback(freq, doc, this);
  }

  has(shortId: number): boolean {
    return this.#find(shortId) >= 0;
  }

  get(shortId: number): number | undefined {
    const at = this.#find(shortId);
    return at < 0 ? undefined : this.#freqs[at];
  }

  #find(shortId: number): number {
    const at = this.#locate(shortId);
    if (at >= 0) this.#next = at + 1;
    return at;
  }

  #locate(shortId: number): number {
    const docs = this.#docs;
    const next = this.#next;
    if (next < this.#end && docs[next] === shortId) return next;
    if (next > this.#start && docs[next - 1] === shortId) return next - 1;
    let low = this.#start;
    let high = this.#end;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((docs[middle] ?? 0) < shortId) low = middle + 1;
      else high = middle;
    }
    if (low < this.#end && docs[low] === shortId) return low;
    // Ids not in ascending order (not how an index is built, but possible): scan.
    for (let i = this.#start; i < this.#end; i++) if (docs[i] === shortId) return i;
    return -1;
  }
}

/**
 * MiniSearch's id maps (short id → id and back) when both are 0…size−1 and equal: what it
 * reads of a `Map` without 2 × 100k entries. Read-only: a snapshot's index is never added to.
 */
export class DenseIds {
  readonly size: number;

  constructor(size: number) {
    this.size = size;
  }

  has(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.size;
  }

  get(id: number): number | undefined {
    return this.has(id) ? id : undefined;
  }

  *keys(): IterableIterator<number> {
    for (let id = 0; id < this.size; id++) yield id;
  }

  values(): IterableIterator<number> {
    return this.keys();
  }

  *entries(): IterableIterator<[number, number]> {
    for (let id = 0; id < this.size; id++) yield [id, id];
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: number, map: this) => void): void {
    for (let id = 0; id < this.size; id++) callback(id, id, this);
  }

  set(): never {
    throw new Error("an index loaded from a snapshot is read-only");
  }

  delete(): never {
    throw new Error("an index loaded from a snapshot is read-only");
  }
}

/**
 * MiniSearch's field lengths (short id → [length]) for one field, read from the snapshot's
 * array; each document's one-element array is made on first use and then kept, as a map's is.
 */
export class FieldLengths {
  readonly #lengths: Uint32Array;
  readonly #arrays: Array<number[] | undefined>;

  constructor(lengths: Uint32Array) {
    this.#lengths = lengths;
    this.#arrays = new Array(lengths.length);
  }

  get size(): number {
    return this.#lengths.length;
  }

  has(shortId: number): boolean {
    return Number.isInteger(shortId) && shortId >= 0 && shortId < this.#lengths.length;
  }

  get(shortId: number): number[] | undefined {
    if (!this.has(shortId)) return undefined;
    let lengths = this.#arrays[shortId];
    if (!lengths) {
      lengths = [this.#lengths[shortId] ?? 0];
      this.#arrays[shortId] = lengths;
    }
    return lengths;
  }

  *entries(): IterableIterator<[number, number[]]> {
    for (let id = 0; id < this.#lengths.length; id++) yield [id, this.get(id) ?? []];
  }

  *keys(): IterableIterator<number> {
    for (let id = 0; id < this.#lengths.length; id++) yield id;
  }

  *values(): IterableIterator<number[]> {
    for (let id = 0; id < this.#lengths.length; id++) yield this.get(id) ?? [];
  }

  [Symbol.iterator](): IterableIterator<[number, number[]]> {
    return this.entries();
  }

  forEach(callback: (value: number[], key: number, map: this) => void): void {
    for (const [id, lengths] of this.entries()) callback(lengths, id, this);
  }

  set(): never {
    throw new Error("an index loaded from a snapshot is read-only");
  }

  delete(): never {
    throw new Error("an index loaded from a snapshot is read-only");
  }
}
