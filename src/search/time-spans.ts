import { TIME_UNITS } from "../text/parts-of-speech.js";
import type { TextSpan } from "./choice-options.js";
import type { Concept } from "./query-plan.js";

/*
 * A figure the question gives as a span of time ("the next 10 days", "like 10 mins") asks for
 * that span, not the figure: "Jan. 10" does not answer "the next 10 days", nor does "10 days"
 * answer "10 mins".
 */

/** The unit written right after a figure, one group per unit: "10 days", "50-minute". */
const UNIT_AFTER = new RegExp(
  `^[\\s-]*(?:${TIME_UNITS.map((unit) => `(${unit})`).join("|")})\\b`,
  "i",
);

/**
 * Marks each figure the question gives as a span of time with the pattern a passage must hold
 * for it (`Concept.span`). `spans` are where each concept stands in `folded`.
 *
 * @example
 * // "what's the plan for the next 10 days": the "10" concept gets /\b10[\s-]*days?\b/i
 */
export function markTimeSpans(
  concepts: readonly Concept[],
  spans: readonly TextSpan[],
  folded: string,
): void {
  concepts.forEach((concept, i) => {
    const span = spans[i];
    if (!span || !/^\d+$/.test(concept.surface)) return;
    const unit = UNIT_AFTER.exec(folded.slice(span.end))?.slice(1).findIndex(Boolean) ?? -1;
    const pattern = TIME_UNITS[unit];
    if (pattern) concept.span = new RegExp(`\\b${concept.surface}[\\s-]*${pattern}\\b`, "i");
  });
}
