import type { Unit } from "../benchmarks/vocabulary";

export const unitNames: Record<Unit, string> = {
  usd_per_year: "US dollars per year",
  usd: "US dollars",
  percent: "percent",
  percent_change: "percent change",
  count: "count",
  ratio: "ratio to 1",
  rank: "rank",
};
