import type { PassageIndex } from "../search/passage-index.js";
import { stemWord } from "../text/analyze.js";
import { foldText } from "../text/fold.js";
import { STOPWORDS } from "../text/lexicon.js";
import { tokenize } from "../text/tokenize.js";
import { type CorpusQuestion, corpusQuestions } from "./corpus-questions.js";

export interface AutocompleteOptions {
  index: PassageIndex;
  /** Most entries to return, the user's own text included. Default 25 (Discord's maximum). */
  limit?: number;
}

/** Discord's cap on autocomplete choices. */
export const MAX_AUTOCOMPLETE_CHOICES = 25;

/**
 * A corpus's suggestions with a word lookup: every word and stem of every suggestion, sorted,
 * so each typed word is a binary search and a short scan rather than a pass over them all.
 */
interface SuggestionIndex {
  suggestions: readonly CorpusQuestion[];
  /** Distinct keys (words and their stems), sorted for prefix search. */
  keys: readonly string[];
  /** Key → ids of the suggestions holding it, ascending (best first). */
  postings: ReadonlyMap<string, readonly number[]>;
  /** Suggestion id → its keys, to check a candidate against further typed words. */
  keysById: ReadonlyArray<readonly string[]>;
}

/** Typed words looked at; a question has few, and hostile input must not cost more. */
const MAX_TYPED_WORDS = 12;
/** Suggestions checked for holding every typed word before settling for fewer matches. */
const MAX_SCAN = 5_000;

const cache = new WeakMap<PassageIndex, SuggestionIndex>();

/**
 * What to offer while someone types a question: their own text first, then questions and
 * phrases the corpus can answer that fit what they typed so far, best first. Every typed word
 * must start a word of the suggestion, except filler words ("what", "the"), which only rank.
 * The suggestions are derived once per index (see `prepareAutocomplete`); each call after
 * that is a few lookups.
 *
 * @example
 * autocompleteQuestions("what did puti", { index });
 * // ["what did puti", "What did Putin say?", "What did Putin say about sanctions?", …]
 */
export function autocompleteQuestions(partial: string, options: AutocompleteOptions): string[] {
  const limit = Math.max(0, Math.min(options.limit ?? MAX_AUTOCOMPLETE_CHOICES, 1000));
  const own = partial.trim();
  const results = own === "" ? [] : [own];
  const seen = new Set(results.map((text) => text.toLowerCase()));
  for (const suggestion of matchingSuggestions(prepared(options.index), own, limit)) {
    if (results.length >= limit) break;
    const key = suggestion.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    results.push(suggestion);
  }
  return results.slice(0, limit);
}

/**
 * Derives (once per index) what autocomplete suggests, so the first keystroke is as fast as
 * the others; call it at start-up. Returns how many suggestions the corpus gives.
 */
export function prepareAutocomplete(
  index: PassageIndex,
  /** Suggestions already derived from this index elsewhere (a worker thread), to reuse. */
  derived?: readonly CorpusQuestion[],
): number {
  if (derived && !cache.has(index)) cache.set(index, buildSuggestionIndex(derived));
  return prepared(index).suggestions.length;
}

function prepared(index: PassageIndex): SuggestionIndex {
  let built = cache.get(index);
  if (!built) {
    built = buildSuggestionIndex(corpusQuestions(index));
    cache.set(index, built);
  }
  return built;
}

/** `corpusQuestions` lists suggestions best first, so an id's order is its rank. */
function buildSuggestionIndex(suggestions: readonly CorpusQuestion[]): SuggestionIndex {
  const postings = new Map<string, number[]>();
  const keysById = suggestions.map((suggestion, id) => {
    const keys = [...new Set(keysOf(suggestion.text))];
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(id);
      else postings.set(key, [id]);
    }
    return keys;
  });
  return { suggestions, keys: [...postings.keys()].sort(), postings, keysById };
}

/** A text's lower-case words and their stems: "sanctions" is found by "sanct" and "sanction". */
function keysOf(text: string): string[] {
  return words(text).flatMap((word) => [word, stemWord(word)]);
}

function words(text: string): string[] {
  return tokenize(foldText(text)).map((token) => token.surface.toLowerCase());
}

/**
 * Suggestions that hold every typed word (a typed word "holds" when it starts one of the
 * suggestion's words or is its stem), best first; then, when those are too few, suggestions
 * that hold some of them, most words first. Filler words ("what", "did") count only when
 * nothing else was typed, so "what did" still lists "What did … say?".
 */
function* matchingSuggestions(
  prepared: SuggestionIndex,
  typed: string,
  limit: number,
): Generator<string> {
  const { suggestions, keysById } = prepared;
  const typedWords = [...new Set(words(typed))].slice(0, MAX_TYPED_WORDS);
  if (typedWords.length === 0) {
    for (const suggestion of suggestions) yield suggestion.text;
    return;
  }
  const content = typedWords.filter((word) => !STOPWORDS.has(word));
  const required = (content.length > 0 ? content : typedWords).map((word) => ({
    word,
    stem: stemWord(word),
    lists: postingLists(prepared, word),
  }));
  const holds = (id: number, word: { word: string; stem: string }) =>
    (keysById[id] ?? []).some((key) => key.startsWith(word.word) || key === word.stem);
  // Every typed word: walk the rarest word's suggestions, best first, and check the others.
  const driver = required.reduce((a, b) => (size(b.lists) < size(a.lists) ? b : a));
  const yielded = new Set<number>();
  let scanned = 0;
  for (const id of mergeAscending(driver.lists)) {
    if (++scanned > MAX_SCAN || yielded.size >= limit) break;
    if (required.every((word) => word === driver || holds(id, word))) {
      yielded.add(id);
      yield suggestions[id]?.text ?? "";
    }
  }
  if (required.length === 1) return;
  // Some typed words: the best few suggestions of each word, ranked by how many they hold.
  const partial = new Map<number, number>();
  for (const word of required) {
    let taken = 0;
    for (const id of mergeAscending(word.lists)) {
      if (taken++ >= limit) break;
      if (!yielded.has(id)) partial.set(id, required.filter((w) => holds(id, w)).length);
    }
  }
  const ranked = [...partial].sort(([a, hitsA], [b, hitsB]) => hitsB - hitsA || a - b);
  for (const [id] of ranked) yield suggestions[id]?.text ?? "";
}

/** The posting lists of every key that starts with `word`, plus the one of its stem. */
function postingLists(prepared: SuggestionIndex, word: string): Array<readonly number[]> {
  const { keys, postings } = prepared;
  const lists: Array<readonly number[]> = [];
  for (let i = lowerBound(keys, word); i < keys.length; i++) {
    const key = keys[i] ?? "";
    if (!key.startsWith(word)) break;
    lists.push(postings.get(key) ?? []);
  }
  const stem = stemWord(word);
  if (!stem.startsWith(word)) lists.push(postings.get(stem) ?? []);
  return lists;
}

function size(lists: ReadonlyArray<readonly number[]>): number {
  return lists.reduce((sum, list) => sum + list.length, 0);
}

/**
 * The distinct ids of several ascending lists, in ascending order, merged lazily: ids follow
 * the suggestions' rank, so the first few are the best and the rest are never touched.
 */
function* mergeAscending(lists: ReadonlyArray<readonly number[]>): Generator<number> {
  const heap = new MinHeap();
  lists.forEach((list, i) => {
    if (list.length > 0) heap.push({ id: list[0] ?? 0, list: i, at: 0 });
  });
  let last = -1;
  for (let top = heap.pop(); top; top = heap.pop()) {
    if (top.id !== last) yield top.id;
    last = top.id;
    const list = lists[top.list] ?? [];
    const next = list[top.at + 1];
    if (next !== undefined) heap.push({ id: next, list: top.list, at: top.at + 1 });
  }
}

interface Cursor {
  id: number;
  list: number;
  at: number;
}

class MinHeap {
  readonly #items: Cursor[] = [];

  push(item: Cursor): void {
    const items = this.#items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if ((items[parent]?.id ?? 0) <= item.id) break;
      items[i] = items[parent] as Cursor;
      items[parent] = item;
      i = parent;
    }
  }

  pop(): Cursor | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || !last) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if ((items[left]?.id ?? Infinity) < (items[smallest]?.id ?? Infinity)) smallest = left;
      if ((items[right]?.id ?? Infinity) < (items[smallest]?.id ?? Infinity)) smallest = right;
      if (smallest === i) break;
      [items[i], items[smallest]] = [items[smallest] as Cursor, items[i] as Cursor];
      i = smallest;
    }
    return top;
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? "") < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
