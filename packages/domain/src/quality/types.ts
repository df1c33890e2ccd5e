import type { DataPointInput } from "../benchmarks/schemas";

export type QualitySeverity = "error" | "warning";

export const qualityIssueCodes = [
  /** A range's low bound is above its high bound. Error. */
  "low-above-high",
  /** A mean, median or typical value lies outside the figure's own low–high range. Warning. */
  "value-outside-range",
  /** A money amount (usd, usd_per_year) is negative. Error. */
  "negative-money",
  /** A share (unit percent) is below 0% or above 100%. Warning. */
  "percent-out-of-range",
  /** A change (unit percent_change) is below −100%. Warning. */
  "percent-change-below-minus-100",
  /** Two rows have the same key. Error. */
  "duplicate-key",
  /** Two rows state the same figure: metric, statistic, unit, dimensions and years. Warning. */
  "duplicate-figure",
  /** Neither the dataset nor the row names a source document. Warning. */
  "missing-source",
  /** The dataset has no as-of date. Warning. */
  "missing-as-of",
  /** The dataset's as-of date is not a valid yyyy-mm-dd date. Warning. */
  "invalid-as-of",
  /** A stated total (year-1 cash, annualized total comp) does not follow from its components. Warning. */
  "total-mismatch",
] as const;
export type QualityIssueCode = (typeof qualityIssueCodes)[number];

/** A field of a data point an issue is about. */
export type QualityField = keyof DataPointInput;

export interface QualityIssue {
  severity: QualitySeverity;
  code: QualityIssueCode;
  /** Human and specific: "Low ($200,000) is above high ($148,000)". */
  message: string;
  /** The row: the point's index in the list checked. null for an issue about the whole dataset. */
  index: number | null;
  field?: QualityField;
  /** Other rows involved: the first use of a duplicated key, the components of a total. */
  relatedIndexes?: number[];
}

/** What is known about the dataset the points belong to. */
export interface QualityContext {
  /** The dataset's as-of date (yyyy-mm-dd); missing or blank is reported. */
  datasetAsOf?: string | null;
  /** Whether the dataset has a source (a source URL or document) of its own. */
  hasSource?: boolean;
}

/**
 * A data point as the editor or a CSV import holds it: `DataPointInput`, with the flags that
 * the schema defaults allowed to be absent.
 */
export type DataPointCandidate = Omit<DataPointInput, "highOpen" | "approximate"> & {
  highOpen?: boolean;
  approximate?: boolean;
};
