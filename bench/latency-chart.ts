/**
 * A hand-written SVG line chart of query latency against corpus size, both on log scales:
 * sizes run from a hundred passages to a hundred thousand or more, and latencies from
 * fractions of a millisecond to hundreds.
 */

export interface ChartPoint {
  passages: number;
  answerP50: number;
  answerP99: number;
  plainP99: number;
}

interface Series {
  label: string;
  color: string;
  dash: string;
  value: (point: ChartPoint) => number;
}

const SERIES: readonly Series[] = [
  { label: "answer() p99", color: "#c0392b", dash: "", value: (p) => p.answerP99 },
  { label: "answer() p50", color: "#e67e22", dash: "6 4", value: (p) => p.answerP50 },
  { label: "plain MiniSearch p99", color: "#2c7fb8", dash: "2 3", value: (p) => p.plainP99 },
];

const WIDTH = 760;
const HEIGHT = 440;
const PLOT = { left: 70, right: 200, top: 50, bottom: 60 };

export function latencyChartSvg(points: readonly ChartPoint[], subtitle: string): string {
  const sorted = [...points].filter((p) => p.passages > 0).sort((a, b) => a.passages - b.passages);
  const xs = sorted.map((p) => p.passages);
  const ys = sorted.flatMap((p) => SERIES.map((s) => s.value(p))).filter((y) => y > 0);
  const xDomain = decades(xs);
  const yDomain = decades(ys.length > 0 ? ys : [1]);
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const x = (value: number) => PLOT.left + scale(value, xDomain) * plotWidth;
  const y = (value: number) => PLOT.top + (1 - scale(value, yDomain)) * plotHeight;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<title>Query latency against corpus size: answer() p50 and p99, plain MiniSearch p99</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${PLOT.left}" y="22" font-size="16" font-weight="bold">Query latency against corpus size</text>`,
    `<text x="${PLOT.left}" y="40" fill="#555">${escapeXml(subtitle)}</text>`,
  ];
  for (const tick of ticks(xDomain)) {
    parts.push(
      `<line x1="${x(tick)}" y1="${PLOT.top}" x2="${x(tick)}" y2="${PLOT.top + plotHeight}" stroke="#e3e3e3"/>`,
      `<text x="${x(tick)}" y="${PLOT.top + plotHeight + 18}" text-anchor="middle">${count(tick)}</text>`,
    );
  }
  for (const tick of ticks(yDomain)) {
    parts.push(
      `<line x1="${PLOT.left}" y1="${y(tick)}" x2="${PLOT.left + plotWidth}" y2="${y(tick)}" stroke="#e3e3e3"/>`,
      `<text x="${PLOT.left - 8}" y="${y(tick) + 4}" text-anchor="end">${milliseconds(tick)}</text>`,
    );
  }
  parts.push(
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#888"/>`,
    `<text x="${PLOT.left + plotWidth / 2}" y="${HEIGHT - 18}" text-anchor="middle">sentence passages in the corpus (log scale)</text>`,
    `<text transform="translate(18 ${PLOT.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">latency per question, ms (log scale)</text>`,
  );
  SERIES.forEach((series, i) => {
    const coords = sorted
      .filter((p) => series.value(p) > 0)
      .map((p) => `${x(p.passages).toFixed(1)},${y(series.value(p)).toFixed(1)}`);
    const dash = series.dash ? ` stroke-dasharray="${series.dash}"` : "";
    parts.push(
      `<polyline points="${coords.join(" ")}" fill="none" stroke="${series.color}" stroke-width="2.5"${dash}/>`,
      ...coords.map((c) => {
        const [cx, cy] = c.split(",");
        return `<circle cx="${cx}" cy="${cy}" r="4" fill="${series.color}"/>`;
      }),
    );
    const legendY = PLOT.top + 16 + i * 22;
    const legendX = PLOT.left + plotWidth + 16;
    parts.push(
      `<line x1="${legendX}" y1="${legendY}" x2="${legendX + 28}" y2="${legendY}" stroke="${series.color}" stroke-width="2.5"${dash}/>`,
      `<text x="${legendX + 36}" y="${legendY + 4}">${escapeXml(series.label)}</text>`,
    );
  });
  const last = sorted.at(-1);
  if (last) {
    const ratio = last.answerP99 / last.plainP99;
    parts.push(
      `<text x="${PLOT.left + plotWidth + 16}" y="${PLOT.top + 100}" fill="#333">At ${last.passages.toLocaleString("en-US")} passages,</text>`,
      `<text x="${PLOT.left + plotWidth + 16}" y="${PLOT.top + 118}" fill="#333">answer() p99 is ${ratio.toFixed(1)}×</text>`,
      `<text x="${PLOT.left + plotWidth + 16}" y="${PLOT.top + 136}" fill="#333">plain MiniSearch p99</text>`,
    );
  }
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

/** The powers of ten that enclose the values. */
function decades(values: readonly number[]): [number, number] {
  const low = 10 ** Math.floor(Math.log10(Math.min(...values)));
  // A hair over a power of ten (100,002 passages) still ends the axis at that power.
  const high = 10 ** Math.ceil(Math.log10(Math.max(...values)) - 0.001);
  return [low, high > low ? high : low * 10];
}

function scale(value: number, [low, high]: [number, number]): number {
  return (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
}

function ticks([low, high]: [number, number]): number[] {
  const out: number[] = [];
  for (let tick = low; tick <= high * 1.0001; tick *= 10) out.push(tick);
  return out;
}

function count(value: number): string {
  if (value >= 1e6) return `${value / 1e6}M`;
  if (value >= 1e3) return `${value / 1e3}k`;
  return String(value);
}

function milliseconds(value: number): string {
  return value >= 1 ? String(value) : value.toPrecision(1);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
