import type { ColdStart, ColdStartRun } from "./cold-start-runner.js";
import type { CorpusFigures } from "./measure-corpus.js";
import type { SnapshotFigures } from "./snapshot-reference.js";

/** One skipped corpus size, with why (memory). */
export interface Skipped {
  name: string;
  reason: string;
}

/**
 * The benchmark's figures as a Markdown table, one column per corpus, so it can be pasted
 * into the README as it is; then cold start and skipped sizes.
 */
export function reportTable(
  corpora: readonly CorpusFigures[],
  coldStarts: readonly ColdStart[],
  skipped: readonly Skipped[],
): string {
  const rows: Array<[string, (c: CorpusFigures) => string]> = [
    ["sentence passages", (c) => int(c.passages)],
    ["articles", (c) => int(c.articles)],
    ["index build (`buildPassageIndex`)", (c) => seconds(c.buildMs)],
    [
      "heap after build / of which this corpus",
      (c) => `${c.heapAfterBuildMB} / ${c.heapForIndexMB} MB`,
    ],
    ["process RSS after build", (c) => `${c.rssMB} MB`],
    ["`answer()` p50 / p95 / p99 / max", (c) => quad(c.answer)],
    ["questions answered (not refused)", (c) => `${c.answered} of ${c.questions}`],
    ["plain MiniSearch `search()` p50 / p99", (c) => `${c.plain.p50} / ${c.plain.p99} ms`],
    ["**`answer()` p99 ÷ plain p99**", (c) => `**${c.ratioP99}**`],
    ["`answer()` mean: plan / rank / rest", (c) => triple(c)],
    ["slowest `answer()`: ms (rank ms, hits)", (c) => slowest(c)],
    ["autocomplete p50 / p99", (c) => autocompleteCell(c, "latency")],
    ["autocomplete first call (derives suggestions)", (c) => autocompleteCell(c, "prepare")],
    ["app snapshot: size / save / load", (c) => snapshotCell(c.appSnapshot)],
    ["MiniSearch JSON: size / stringify / `loadJSON` ¹", (c) => snapshotCell(c.miniSearchJson)],
    ["plain MiniSearch index build", (c) => seconds(c.plainBuildMs)],
  ];
  const header = ["figure", ...corpora.map((c) => c.name)];
  const lines = [
    `| ${header.join(" | ")} |`,
    `| ${header.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map(([label, cell]) => `| ${[label, ...corpora.map(cell)].join(" | ")} |`),
  ];
  const notes = [
    "",
    "¹ MiniSearch's own `JSON.stringify(miniSearch)` of the passage index and `MiniSearch.loadJSON`:",
    "  the reference figure; the app's snapshot also holds the articles, passages and term counts.",
  ];
  if (coldStarts.length > 0) {
    notes.push(
      "",
      "Cold start to the first answer, fresh `node --import tsx` processes, ms since process start" +
        " (modules loaded → engine loaded → first answer; wall time spawn to exit):",
    );
    for (const cold of coldStarts) {
      const first = cold.built ? coldLine("no snapshot yet (builds, saves)", cold.built) : "";
      const later = cold.fromSnapshot
        ? coldLine(`from the snapshot (median of ${cold.runs.length - 1})`, cold.fromSnapshot)
        : "";
      notes.push(
        `  ${cold.corpus} (${int(cold.passages)} passages):`,
        ...[first, later].filter((line) => line !== ""),
      );
    }
  }
  for (const skip of skipped) notes.push("", `${skip.name}: skipped — ${skip.reason}`);
  return [...lines, ...notes].join("\n");
}

function int(value: number): string {
  return value.toLocaleString("en-US");
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms} ms`;
}

function quad(p: CorpusFigures["answer"]): string {
  return `${p.p50} / ${p.p95} / ${p.p99} / ${p.max} ms`;
}

function triple(c: CorpusFigures): string {
  return `${c.phases.planMs} / ${c.phases.rankMs} / ${c.phases.restMs} ms`;
}

function slowest(c: CorpusFigures): string {
  const s = c.phases.slowest;
  return `${s.totalMs} (${s.rankMs}, ${int(s.results)})`;
}

function autocompleteCell(c: CorpusFigures, what: "latency" | "prepare"): string {
  const a = c.autocomplete;
  if (!a.available) return "not available";
  if (what === "prepare") return seconds(Math.round(a.prepareMs));
  return `${a.latency.p50} / ${a.latency.p99} ms`;
}

function coldLine(label: string, run: ColdStartRun): string {
  return `    ${label}: ${run.modulesLoadedMs} → ${run.engineLoadedMs} → ${run.firstAnswerMs} ms; ${run.wallMs} ms wall`;
}

function snapshotCell(j: SnapshotFigures): string {
  if (j.bytes === null || j.loadMs === null || j.saveMs === null) {
    return `failed (${j.error ?? "unknown"})`;
  }
  const size =
    j.bytes >= 2 ** 20
      ? `${(j.bytes / 2 ** 20).toFixed(1)} MB`
      : `${(j.bytes / 1024).toFixed(1)} KB`;
  return `${size} / ${seconds(j.saveMs)} / ${seconds(j.loadMs)}`;
}
