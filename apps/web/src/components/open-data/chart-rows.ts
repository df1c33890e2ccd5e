import type { OpenDataSource } from "@aiml/api";
import type { ChartRow, FigureSource, Unit } from "@aiml/domain";

/** An open dataset's source in the shape the benchmark charts name their sources. */
export const figureSourceOf = (s: OpenDataSource): FigureSource => ({
  datasetSlug: s.datasetSlug,
  datasetTitle: s.title,
  publisher: s.publisher,
  sourceUrl: s.sourceUrl,
  asOf: s.asOf,
  asOfPrecision: s.asOfPrecision,
  documentId: null,
  documentTitle: null,
});

/** One open-data value as a bar of the bar charts (a single stated value, no range). */
export function barRow(row: {
  id: string;
  label: string;
  value: number;
  unit: Unit;
  source: OpenDataSource;
  highlighted?: boolean;
}): ChartRow {
  return {
    id: row.id,
    key: row.id,
    metric: "open_data",
    statistic: "point",
    unit: row.unit,
    value: row.value,
    low: null,
    high: null,
    highOpen: false,
    approximate: false,
    role: null,
    company: null,
    industry: null,
    level: null,
    location: null,
    specialization: null,
    skill: null,
    education: null,
    year: null,
    baseYear: null,
    label: row.label,
    note: null,
    quote: null,
    source: figureSourceOf(row.source),
    rowLabel: row.label,
    highlighted: row.highlighted ?? false,
  };
}
