import type { DatePrecision, Statistic, Unit } from "./vocabulary";

/** Where a figure comes from: the publisher's dataset and the document it was read from. */
export interface FigureSource {
  datasetSlug: string;
  datasetTitle: string;
  publisher: string;
  sourceUrl: string | null;
  /** ISO date (yyyy-mm-dd) */
  asOf: string;
  asOfPrecision: DatePrecision;
  documentId: string | null;
  documentTitle: string | null;
}

/** A published figure as the dashboards read it. */
export interface BenchmarkFigure {
  id: string;
  key: string;
  metric: string;
  statistic: Statistic;
  unit: Unit;
  value: number | null;
  low: number | null;
  high: number | null;
  highOpen: boolean;
  approximate: boolean;
  role: string | null;
  company: string | null;
  industry: string | null;
  level: string | null;
  location: string | null;
  specialization: string | null;
  skill: string | null;
  education: string | null;
  year: number | null;
  baseYear: number | null;
  label: string;
  note: string | null;
  quote: string | null;
  source: FigureSource;
}
