import type { ObservationUnit, PeriodPrecision, SeriesDimensionName } from "../vocabulary";

/** Where a period comes from: a CSV column, or fixed for one metric (a projection's years). */
export type PeriodSource =
  | { column: string; kind: "date"; precision: "day" | "week" }
  | { column: string; kind: "month"; precision: "month" }
  /** A year column; `month` places it in the year (OEWS estimates are for May). */
  | { column: string; kind: "year"; precision: "year" | "month"; month: number };

export type FixedPeriod =
  | { start: string; end: null; precision: PeriodPrecision }
  | { start: string; end: string; precision: "span" };

export type ValueColumns = Partial<
  Record<"value" | "mean" | "p10" | "p25" | "p50" | "p75" | "p90" | "count", string>
>;

/** One metric read from a CSV row. Several mappings may fill one series (a projection's two years). */
export interface MetricMapping {
  metric: string;
  unit: ObservationUnit;
  columns: ValueColumns;
  /** The row's `flags` column goes with this metric's observation. */
  flagsColumn?: string;
  countMeaning?: string;
  /** Dimensions this metric fixes (e.g. seasonalAdjustment "nsa" for the `index_nsa` column). */
  dimensions?: Partial<Record<SeriesDimensionName, string>>;
  /** Overrides the format's period. */
  period?: FixedPeriod;
}

/**
 * How a dataset's data.csv maps onto series and observations: the same description seeds the
 * shipped file and imports the next release in the same layout.
 */
export interface OpenDataCsvFormat {
  /** Absent for these layouts; "long" is the generic layout (long.ts). */
  kind?: "wide";
  id: string;
  description: string;
  /** The CSV's columns, in order. */
  columns: readonly string[];
  period: PeriodSource | null;
  /** Dimensions read from columns. */
  dimensionColumns: Partial<Record<SeriesDimensionName, string>>;
  /** Dimensions every series of the file has. */
  fixedDimensions?: Partial<Record<SeriesDimensionName, string>>;
  /** Descriptive columns kept with the series (one value per series). */
  attributeColumns?: Record<string, string>;
  indexBase?: string;
  metrics: readonly MetricMapping[];
}
