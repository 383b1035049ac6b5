/**
 * Every passage's analysed terms, held compactly: one dictionary of distinct terms and, per
 * passage, the ids of its terms in one flat array. Ranking reads a candidate's neighbours
 * here ("his Russian counterpart" is Putin by the sentence before) instead of indexing each
 * sentence a second time under its neighbours' words, which tripled the postings MiniSearch
 * walks and the heap it holds.
 *
 * @example
 * const terms = PassageTerms.fromTerms([["putin", "warn"], ["urg", "counterpart"]]);
 * terms.has(0, terms.idOf("putin") ?? -1); // true
 * terms.termsOf(1);                        // ["urg", "counterpart"]
 */
export class PassageTerms {
  readonly #dictionary: readonly string[];
  /** Passage p's term ids are `ids[offsets[p]]` up to `ids[offsets[p + 1]]`. */
  readonly #offsets: Uint32Array;
  readonly #ids: Uint32Array;
  #idByTerm: Map<string, number> | undefined;

  private constructor(dictionary: readonly string[], offsets: Uint32Array, ids: Uint32Array) {
    this.#dictionary = dictionary;
    this.#offsets = offsets;
    this.#ids = ids;
  }

  /** From each passage's terms, in passage order; a term repeated in a passage is kept once. */
  static fromTerms(passageTerms: ReadonlyArray<readonly string[]>): PassageTerms {
    const idByTerm = new Map<string, number>();
    const offsets = new Uint32Array(passageTerms.length + 1);
    const ids: number[] = [];
    for (const [passage, terms] of passageTerms.entries()) {
      for (const term of new Set(terms)) {
        let id = idByTerm.get(term);
        if (id === undefined) {
          id = idByTerm.size;
          idByTerm.set(term, id);
        }
        ids.push(id);
      }
      offsets[passage + 1] = ids.length;
    }
    const terms = new PassageTerms([...idByTerm.keys()], offsets, Uint32Array.from(ids));
    terms.#idByTerm = idByTerm;
    return terms;
  }

  /**
   * Reads back what `toBinary` gave (an index snapshot's arrays, which it then owns); throws on
   * anything inconsistent.
   */
  static fromBinary(
    dictionary: readonly string[],
    offsets: Uint32Array,
    ids: Uint32Array,
  ): PassageTerms {
    let consistent =
      offsets.length > 0 && offsets[0] === 0 && offsets[offsets.length - 1] === ids.length;
    for (let i = 1; consistent && i < offsets.length; i++) {
      consistent = (offsets[i] ?? 0) >= (offsets[i - 1] ?? 0);
    }
    const terms = dictionary.length;
    for (let i = 0; consistent && i < ids.length; i++) consistent = (ids[i] ?? terms) < terms;
    if (!consistent) throw new Error("passage terms are inconsistent");
    return new PassageTerms(dictionary, offsets, ids);
  }

  /** The arrays this holds, for an index snapshot to store as they are (not to modify). */
  toBinary(): { dictionary: readonly string[]; offsets: Uint32Array; ids: Uint32Array } {
    return { dictionary: this.#dictionary, offsets: this.#offsets, ids: this.#ids };
  }

  /** How many passages this holds terms for. */
  get size(): number {
    return this.#offsets.length - 1;
  }

  /** How many distinct terms a passage holds (0 for a passage out of range). */
  termCount(passageId: number): number {
    const end = this.#offsets[passageId + 1];
    return end === undefined ? 0 : end - (this.#offsets[passageId] ?? end);
  }

  /** A term's id, or undefined when no passage holds it. */
  idOf(term: string): number | undefined {
    this.#idByTerm ??= new Map(this.#dictionary.map((each, id) => [each, id]));
    return this.#idByTerm.get(term);
  }

  /** Whether a passage holds the term with this id (false for a passage out of range). */
  has(passageId: number, termId: number): boolean {
    const end = this.#offsets[passageId + 1];
    if (end === undefined) return false;
    for (let i = this.#offsets[passageId] ?? end; i < end; i++) {
      if (this.#ids[i] === termId) return true;
    }
    return false;
  }

  /** Term → number of passages that hold it. */
  documentFrequencies(): Map<string, number> {
    const counts = new Uint32Array(this.#dictionary.length);
    for (const id of this.#ids) counts[id] = (counts[id] ?? 0) + 1;
    return new Map(this.#dictionary.map((term, id) => [term, counts[id] ?? 0]));
  }

  /** Whether a passage holds a term, by the term itself (`has` takes an id looked up once). */
  hasTerm(passageId: number, term: string): boolean {
    const id = this.idOf(term);
    return id !== undefined && this.has(passageId, id);
  }

  /** A passage's distinct terms, in the order they first occur. */
  termsOf(passageId: number): string[] {
    const end = this.#offsets[passageId + 1] ?? 0;
    const terms: string[] = [];
    for (let i = this.#offsets[passageId] ?? end; i < end; i++) {
      terms.push(this.#dictionary[this.#ids[i] ?? 0] ?? "");
    }
    return terms;
  }
}
