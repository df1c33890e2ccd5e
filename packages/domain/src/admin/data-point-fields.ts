import type { DataPointInput } from "../benchmarks/schemas";
import { dimensionNames } from "../benchmarks/vocabulary";

export type DataPointField = keyof DataPointInput;

/**
 * Every field of a data point, in the order an editor, a diff and a CSV file show them: identity,
 * the figure, its scope, its provenance.
 */
export const dataPointFields = [
  "key",
  "label",
  "metric",
  "statistic",
  "unit",
  "value",
  "low",
  "high",
  "highOpen",
  "approximate",
  ...dimensionNames,
  "year",
  "baseYear",
  "document",
  "note",
  "quote",
] as const satisfies readonly DataPointField[];

/** One field's value as diffs and exports show it; an absent optional field is null. */
export type FieldValue = string | number | boolean | null;

export function fieldValue(point: DataPointInput, field: DataPointField): FieldValue {
  return point[field] ?? null;
}
