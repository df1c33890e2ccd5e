import { formatFigure } from "../format/numbers";
import type { ChartRow, ChartView } from "./build";
import { sortValue } from "./sort-value";

const describe = (r: ChartRow) => `${r.rowLabel} at ${formatFigure(r)}`;

/**
 * The main finding of a bar chart in one sentence, with its real figures: what a screen reader
 * announces for the drawing, e.g. "Total compensation by company: highest Google at $344,000,
 * lowest Apple at $190,000, across 8 figures."
 */
export function summarizeBars(chart: Pick<ChartView, "title" | "rows" | "omittedRows">): string {
  const rows = chart.rows.filter((r) => Number.isFinite(sortValue(r)));
  const [first] = rows;
  if (!first) return `${chart.title}: no figures.`;
  if (rows.length === 1) return `${chart.title}: ${describe(first)}.`;
  let highest = first;
  let lowest = first;
  for (const r of rows) {
    if (sortValue(r) > sortValue(highest)) highest = r;
    if (sortValue(r) < sortValue(lowest)) lowest = r;
  }
  const total = chart.rows.length + chart.omittedRows;
  return `${chart.title}: highest ${describe(highest)}, lowest ${describe(lowest)}, across ${total} figures.`;
}
