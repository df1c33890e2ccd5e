import { toCsv } from "../format/csv";
import { formatAsOf } from "../format/numbers";
import type { ChartView } from "./build";

export const chartCsvHeader = [
  "label",
  "statistic",
  "value",
  "low",
  "high",
  "high_open_ended",
  "approximate",
  "unit",
  "publisher",
  "dataset",
  "as_of",
  "document",
  "note",
] as const;

/** Exactly the rows a chart shows, in its order, with their sources. */
export function chartToCsv(chart: ChartView): string {
  return toCsv([
    chartCsvHeader,
    ...chart.rows.map((r) => [
      r.rowLabel,
      r.statistic,
      r.value,
      r.low,
      r.high,
      r.highOpen,
      r.approximate,
      r.unit,
      r.source.publisher,
      r.source.datasetTitle,
      formatAsOf(r.source.asOf, r.source.asOfPrecision),
      r.source.documentTitle,
      r.note,
    ]),
  ]);
}
