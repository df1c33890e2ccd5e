import type { CsvRecord, DataPointInput, PointSetContext } from "../../src";

export const point = (over: Partial<DataPointInput> = {}): DataPointInput => ({
  key: "base-salary.entry",
  label: "Entry-level base salary",
  metric: "base_salary",
  statistic: "range",
  unit: "usd_per_year",
  low: 98_000,
  high: 148_000,
  value: 120_000,
  highOpen: false,
  approximate: false,
  level: "entry",
  document: "doc-1",
  ...over,
});

export const context: PointSetContext = {
  datasetAsOf: "2025-01-01",
  hasSource: true,
  knownDocumentIds: new Set(["doc-1"]),
};

/** Lines of simple CSV (no quoted commas) as parsed records, the header on row 1. */
export const records = (...lines: string[]): CsvRecord[] =>
  lines.map((line, i) => ({ row: i + 1, cells: line.split(",") }));

export const HEADER = "key,label,metric,statistic,unit,value,low,high,level,document";
export const GOOD_ROW =
  "base-salary.entry,Entry base,base_salary,range,usd_per_year,120000,98000,148000,entry,doc-1";
