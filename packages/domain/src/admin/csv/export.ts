import type { DataPointInput } from "../../benchmarks/schemas";
import { toCsv } from "../../format/csv";
import { dataPointFields, fieldValue } from "../data-point-fields";

/**
 * Data points as CSV with one column per field, the same columns an import reads, so an export
 * can be edited and imported again. Text that a spreadsheet would run as a formula is escaped.
 */
export function dataPointsToCsv(points: readonly DataPointInput[]): string {
  return toCsv([
    dataPointFields,
    ...points.map((p) => dataPointFields.map((f) => fieldValue(p, f))),
  ]);
}

const templateExample: DataPointInput = {
  key: "base-salary.senior.us",
  label: "Senior ML engineer base salary in the United States",
  metric: "base_salary",
  statistic: "range",
  unit: "usd_per_year",
  value: 210_000,
  low: 180_000,
  high: 250_000,
  highOpen: false,
  approximate: false,
  role: "ML engineer",
  level: "senior",
  location: "United States",
  year: 2025,
  note: "Example row: replace it with your figures",
};

/** The import template: the header and one example row. */
export function importTemplateCsv(): string {
  return dataPointsToCsv([templateExample]);
}
