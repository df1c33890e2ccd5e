import { z } from "zod";

export const periodPrecisions = ["day", "week", "month", "quarter", "year", "span"] as const;
export const periodPrecisionSchema = z.enum(periodPrecisions);
export type PeriodPrecision = z.infer<typeof periodPrecisionSchema>;

export const observationUnits = [
  "index",
  "count",
  "count_thousands",
  "usd_per_year",
  "usd_per_hour",
  "percent",
  "percent_change",
  "price_parity",
  "units_per_usd",
  "usd_per_unit",
  "ratio",
] as const;
export const observationUnitSchema = z.enum(observationUnits);
export type ObservationUnit = z.infer<typeof observationUnitSchema>;

/** The dimensions a series can be filtered by. `state` "US" is the whole country. */
export const seriesDimensionNames = [
  "socCode",
  "occupation",
  "state",
  "sector",
  "currency",
  "postingsType",
  "seasonalAdjustment",
] as const;
export type SeriesDimensionName = (typeof seriesDimensionNames)[number];
export type SeriesDimensions = Record<SeriesDimensionName, string | null>;

/** What an observation can hold besides its period: a value, or a distribution. */
export const observationStatistics = [
  "value",
  "mean",
  "p10",
  "p25",
  "p50",
  "p75",
  "p90",
  "count",
] as const;
export const observationStatisticSchema = z.enum(observationStatistics);
export type ObservationStatistic = z.infer<typeof observationStatisticSchema>;

export interface Observation {
  /** First day of the period, YYYY-MM-DD. */
  period: string;
  /** Last period of a span (e.g. 2034 of 2024–2034), else null. */
  periodEnd: string | null;
  value: number | null;
  mean: number | null;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  count: number | null;
  /** Source markers, e.g. "a_pct90>=top_code" (BLS suppressed it at its top wage band). */
  flags: string[] | null;
}

export interface SeriesSpec {
  key: string;
  metric: string;
  unit: ObservationUnit;
  precision: PeriodPrecision;
  indexBase: string | null;
  countMeaning: string | null;
  dimensions: SeriesDimensions;
  attributes: Record<string, string> | null;
}

export interface ParsedSeries extends SeriesSpec {
  /** Sorted by period. */
  observations: Observation[];
}

export const emptyDimensions = (): SeriesDimensions => ({
  socCode: null,
  occupation: null,
  state: null,
  sector: null,
  currency: null,
  postingsType: null,
  seasonalAdjustment: null,
});

/**
 * A series' identity within its dataset: the metric and the dimensions that tell series apart
 * (the occupation title is a label of its SOC code, not part of the identity).
 */
export function seriesKey(metric: string, dimensions: SeriesDimensions): string {
  const parts = seriesDimensionNames
    .filter((name) => name !== "occupation" && dimensions[name] !== null)
    .map((name) => `${name}=${dimensions[name]}`);
  return [metric, ...parts].join("|");
}
