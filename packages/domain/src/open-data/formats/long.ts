import { observationStatistics, type SeriesDimensionName } from "../vocabulary";

/** The dimension columns of the long layout, by series dimension. */
export const longDimensionColumns: Record<SeriesDimensionName, string> = {
  socCode: "soc_code",
  occupation: "occupation",
  state: "state",
  sector: "sector",
  currency: "currency",
  postingsType: "postings_type",
  seasonalAdjustment: "seasonal_adjustment",
};

/** The statistic columns; a row needs at least one of them filled (or a flag). */
export const longStatisticColumns = observationStatistics;

/**
 * A layout every dataset can be imported in, one observation per row, whatever its metric:
 * a new metric is a new value in the `metric` column, not a format written in code. It is also
 * the layout of every open-data CSV export, so an export imports back as it is.
 */
export interface OpenDataLongFormat {
  kind: "long";
  id: string;
  description: string;
  /** Every column the layout knows, in the order an export writes them. */
  columns: readonly string[];
  /** The columns a file must have; the others may be left out. */
  required: readonly string[];
}

export const openDataLong: OpenDataLongFormat = {
  kind: "long",
  id: "open-data-long",
  description:
    "Long layout, one observation per row: metric, unit, precision (day|week|month|quarter|year|span), period (YYYY-MM-DD; also YYYY, YYYY-MM or YYYY-Qn), period_end (spans), a value or statistics (value, mean, p10…p90, count), and any dimensions (soc_code, occupation, state, sector, currency, postings_type, seasonal_adjustment). Optional: count_meaning, index_base, flags (;-separated), attributes (a JSON object of texts). Lines before the header starting with # are notes (licence, attribution) and are skipped.",
  columns: [
    "metric",
    "unit",
    "precision",
    "period",
    "period_end",
    ...Object.values(longDimensionColumns),
    ...longStatisticColumns,
    "count_meaning",
    "index_base",
    "flags",
    "attributes",
  ],
  required: ["metric", "unit", "precision", "period"],
};
