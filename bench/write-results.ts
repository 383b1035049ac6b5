import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Biome's line width: the JSON is written the way `biome format` would leave it. */
const LINE_WIDTH = 100;

/**
 * Writes the figures as JSON and the chart as SVG under `bench/results/`, and returns the
 * paths written. Arrays of plain values stay on one line where they fit, as Biome formats
 * them, so the results pass `npm run lint` when committed.
 */
export function writeResults(stem: string, results: unknown, svg: string) {
  const dir = path.resolve(import.meta.dirname, "results");
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, `${stem}.json`);
  const chart = path.join(dir, stem === "latest" ? "latency.svg" : `${stem}-latency.svg`);
  writeFileSync(json, `${formatJson(results)}\n`);
  writeFileSync(chart, svg);
  return { json, chart };
}

export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2).split("\n").reduce<string[]>(collapseArrays, []).join("\n");
}

/** Folds `[`, plain values, `]` back into one line when it fits. */
function collapseArrays(lines: string[], line: string): string[] {
  lines.push(line);
  if (!/^\s*\],?$/.test(line)) return lines;
  const open = lines.findLastIndex((l, i) => i < lines.length - 1 && /\[$/.test(l));
  if (open < 0) return lines;
  const items = lines.slice(open + 1, -1).map((l) => l.trim());
  if (items.some((item) => /^[[{\]}]/.test(item) || /[[{]$/.test(item))) return lines;
  const opener = lines[open] ?? "";
  const folded = `${opener}${items.join(" ")}${line.trim()}`;
  if (folded.length > LINE_WIDTH) return lines;
  lines.splice(open, lines.length - open, folded);
  return lines;
}
