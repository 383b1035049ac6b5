/**
 * True when `word` is one typing slip (insert, delete, substitute or swap two neighbours)
 * away from some word in `words`. Meant for short words against a small set.
 */
export function isOneEditFromAny(word: string, words: Iterable<string>): boolean {
  for (const candidate of words) {
    if (Math.abs(candidate.length - word.length) <= 1 && isOneEdit(word, candidate)) return true;
  }
  return false;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * Every word one typing slip from `word`: two neighbours swapped, a letter dropped, added or
 * changed. Looking each up in a large word list is far quicker than comparing the word with
 * every entry.
 *
 * @example
 * [...oneSlipVariants("ab")].slice(0, 3); // ["ba", "aab", "bab"] (then each letter added, dropped, changed)
 */
export function* oneSlipVariants(word: string): Generator<string> {
  yield* swapsOf(word);
  yield* insertionsOf(word);
  for (let i = 0; i < word.length; i++) {
    const [before, after] = [word.slice(0, i), word.slice(i + 1)];
    yield before + after;
    for (const letter of LETTERS) yield before + letter + after;
  }
}

/**
 * The words one swap of two different neighbouring letters makes of `word`.
 *
 * @example
 * swapsOf("phnoe"); // ["hpnoe", "pnhoe", "phone", "phneo"]
 */
export function swapsOf(word: string): string[] {
  const swapped: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    swapped.push(`${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`);
  }
  return swapped;
}

/**
 * The words `word` makes with one letter added anywhere: what it was with a letter left out.
 *
 * @example
 * insertionsOf("offcial").includes("official"); // true
 */
export function* insertionsOf(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    for (const letter of LETTERS) yield word.slice(0, i) + letter + word.slice(i);
  }
}

function isOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [i, j] = diffs;
    return (
      diffs.length === 2 && j === (i ?? 0) + 1 && a[i ?? 0] === b[j ?? 0] && a[j ?? 0] === b[i ?? 0]
    );
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/**
 * Whether at most `most` inserts, deletes or substitutions turn `a` into `b`. Only the band
 * of `most` cells either side of the diagonal can stay within it, so each row costs a few
 * cells, and the walk stops once a whole row exceeds it.
 *
 * @example
 * isWithinEdits("invashun", "invasion", 2); // true
 * isWithinEdits("becuz", "because", 2);     // false (three)
 */
export function isWithinEdits(a: string, b: string, most: number): boolean {
  if (Math.abs(a.length - b.length) > most) return false;
  const beyond = most + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => Math.min(j, beyond));
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(beyond);
    row[0] = Math.min(i, beyond);
    let best = row[0];
    for (let j = Math.max(1, i - most); j <= Math.min(b.length, i + most); j++) {
      const substitute = (previous[j - 1] ?? beyond) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const cost = Math.min(substitute, (previous[j] ?? beyond) + 1, (row[j - 1] ?? beyond) + 1);
      row[j] = Math.min(cost, beyond);
      best = Math.min(best, row[j] ?? beyond);
    }
    if (best > most) return false;
    previous = row;
  }
  return (previous[b.length] ?? beyond) <= most;
}
