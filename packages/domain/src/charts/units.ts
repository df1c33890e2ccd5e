import type { Unit } from "../benchmarks/vocabulary";

/** What a chart's value axis measures: the benchmark units, plus an index (100 = a base period). */
export type ChartUnit = Unit | "index";

export const chartUnitNames: Record<ChartUnit, string> = {
  usd_per_year: "US dollars per year",
  usd: "US dollars",
  percent: "percent",
  percent_change: "percent change",
  count: "count",
  ratio: "ratio to 1",
  rank: "rank",
  index: "index",
};
