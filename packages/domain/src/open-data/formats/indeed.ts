import type { OpenDataCsvFormat } from "./format";

const INDEX_BASE = "2020-02-01";

export const indeedPostingsUs: OpenDataCsvFormat = {
  id: "indeed-postings-us",
  description:
    "Indeed Job Postings Index, US, daily: date, postings_type (total|new), index_sa, index_nsa",
  columns: ["date", "postings_type", "index_sa", "index_nsa"],
  period: { column: "date", kind: "date", precision: "day" },
  dimensionColumns: { postingsType: "postings_type" },
  fixedDimensions: { state: "US" },
  indexBase: INDEX_BASE,
  metrics: [
    {
      metric: "postings_index",
      unit: "index",
      columns: { value: "index_sa" },
      dimensions: { seasonalAdjustment: "sa" },
    },
    {
      metric: "postings_index",
      unit: "index",
      columns: { value: "index_nsa" },
      dimensions: { seasonalAdjustment: "nsa" },
    },
  ],
};

export const indeedPostingsUsStates: OpenDataCsvFormat = {
  id: "indeed-postings-us-states",
  description: "Indeed Job Postings Index by US state, one day a week: date, state, index_sa",
  columns: ["date", "state", "index_sa"],
  period: { column: "date", kind: "date", precision: "week" },
  dimensionColumns: { state: "state" },
  fixedDimensions: { postingsType: "total", seasonalAdjustment: "sa" },
  indexBase: INDEX_BASE,
  metrics: [{ metric: "postings_index", unit: "index", columns: { value: "index_sa" } }],
};

export const indeedPostingsUsSectors: OpenDataCsvFormat = {
  id: "indeed-postings-us-sectors",
  description:
    "Indeed Job Postings Index by occupational sector, monthly means of the daily SA total index (pre-November-2024 method): month (YYYY-MM), sector, index_sa_monthly_mean, days_in_mean",
  columns: ["month", "sector", "index_sa_monthly_mean", "days_in_mean"],
  period: { column: "month", kind: "month", precision: "month" },
  dimensionColumns: { sector: "sector" },
  fixedDimensions: { state: "US", postingsType: "total", seasonalAdjustment: "sa" },
  indexBase: INDEX_BASE,
  metrics: [
    {
      metric: "sector_postings_index",
      unit: "index",
      columns: { value: "index_sa_monthly_mean", count: "days_in_mean" },
      countMeaning: "days averaged",
    },
  ],
};
