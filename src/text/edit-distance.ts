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
