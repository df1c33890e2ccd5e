import type { Unit } from "../benchmarks/vocabulary";

/**
 * What a chart's value axis measures: the benchmark units, plus those of the open data (an index
 * where 100 is a base period, hourly wages, counts in thousands, price parities).
 */
export type ChartUnit = Unit | "index" | "usd_per_hour" | "count_thousands" | "price_parity";

export const chartUnitNames: Record<ChartUnit, string> = {
  usd_per_year: "US dollars per year",
  usd: "US dollars",
  percent: "percent",
  percent_change: "percent change",
  count: "count",
  ratio: "ratio to 1",
  rank: "rank",
  index: "index",
  usd_per_hour: "US dollars per hour",
  count_thousands: "thousands",
  price_parity: "price level (U.S. = 100)",
};
