/** How much room a list of lines has: per chunk (field value or description) and in all. */
export interface PackLimits {
  /** Longest chunk. */
  chunkLength: number;
  /** Most chunks. */
  maxChunks: number;
  /** Most characters of all chunks together, counting `chunkOverhead` for each. */
  budget: number;
  /** Characters each chunk costs besides its lines, e.g. its field name. */
  chunkOverhead?: number;
}

/**
 * Packs whole lines, in order, into as few chunks as fit, so a long list becomes embed fields
 * or a description without cutting a line (or the link in it) in half. Lines that do not fit
 * are replaced by a last line from `more(omitted)`, such as "…and 12 more".
 *
 * @example
 * packLines(["[1] a", "[2] b", "[3] c"], { chunkLength: 12, maxChunks: 1, budget: 100 },
 *   (n) => `…and ${n} more`);
 * // ["[1] a\n…and 2 more"]
 */
export function packLines(
  lines: readonly string[],
  limits: PackLimits,
  more: (omitted: number) => string,
): string[] {
  const all = tryPack(lines, limits, 0);
  if (all.packed === lines.length) return all.chunks;
  const moreLength = more(lines.length).length + 1;
  const some = tryPack(lines, limits, moreLength);
  const omitted = lines.length - some.packed;
  const last = some.chunks.pop();
  const moreLine = more(omitted);
  if (last === undefined)
    return moreLine.length <= Math.min(limits.chunkLength, limits.budget) ? [moreLine] : [];
  return [...some.chunks, `${last}\n${moreLine}`];
}

function tryPack(
  lines: readonly string[],
  limits: PackLimits,
  reserve: number,
): { chunks: string[]; packed: number } {
  const overhead = limits.chunkOverhead ?? 0;
  const chunks: string[] = [];
  let current: string | null = null;
  let used = 0;
  let packed = 0;
  for (const line of lines) {
    const joined: string | null = current === null ? null : `${current}\n${line}`;
    if (
      joined !== null &&
      joined.length + reserve <= limits.chunkLength &&
      used + line.length + 1 + reserve <= limits.budget
    ) {
      current = joined;
      used += line.length + 1;
    } else if (
      chunks.length + (current === null ? 0 : 1) < limits.maxChunks &&
      line.length + reserve <= limits.chunkLength &&
      used + overhead + line.length + reserve <= limits.budget
    ) {
      if (current !== null) chunks.push(current);
      current = line;
      used += overhead + line.length;
    } else {
      break;
    }
    packed++;
  }
  if (current !== null) chunks.push(current);
  return { chunks, packed };
}
