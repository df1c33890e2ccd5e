import type { DashboardPage } from "@aiml/domain";
import { marketPathChart, payProjectionChart } from "./growth-models";
import type { OpenChartBuilder } from "./open-chart";
import { payByStateChart } from "./pay-by-state";
import { payPercentilesChart } from "./pay-percentiles";
import { postingsByStateChart, stateTrendChart } from "./postings-by-state";
import { postingsTrendChart } from "./postings-trend";
import { annualOpeningsChart, projectionPathsChart } from "./projections";
import { sectorPostingsChart } from "./sector-postings";

/**
 * An open-data chart by id (the CSV and SVG routes too) and what it draws. A chart of a metric
 * shows on the page an admin puts that metric on (its definition's dashboard), in the
 * definitions' order; a chart without a metric of its own (a model, article figures) stays on
 * its page after them.
 */
export type OpenChartEntry = { id: string; build: OpenChartBuilder } & (
  | { metric: string; page?: undefined }
  | { metric: null; page: DashboardPage }
);

export const openChartEntries: OpenChartEntry[] = [
  {
    id: "postings-trend",
    metric: "postings_index",
    build: (c, f) => postingsTrendChart(c, f.period),
  },
  { id: "postings-by-state", metric: "postings_index", build: postingsByStateChart },
  { id: "postings-state-trend", metric: "postings_index", build: stateTrendChart },
  { id: "sector-postings", metric: "sector_postings_index", build: (c) => sectorPostingsChart(c) },
  { id: "annual-openings", metric: "annual_openings", build: (c) => annualOpeningsChart(c) },
  {
    id: "projection-paths",
    metric: "employment_change_percent",
    build: (c) => projectionPathsChart(c),
  },
  { id: "pay-percentiles", metric: "annual_wage", build: (c, f) => payPercentilesChart(c, f) },
  { id: "pay-by-state", metric: "annual_wage", build: payByStateChart },
  // A model from the wage history, not the wage itself: it stays with the growth outlook.
  { id: "pay-projection", metric: null, page: "growth", build: (c, f) => payProjectionChart(c, f) },
  // Stated market sizes from articles, not an open-data metric.
  { id: "market-path", metric: null, page: "growth", build: (c) => marketPathChart(c) },
];

/** The charts of a page, given the names of the metrics on it in their order. */
export function chartsOfPage(page: DashboardPage, metricNames: readonly string[]) {
  return [
    ...metricNames.flatMap((name) => openChartEntries.filter((c) => c.metric === name)),
    ...openChartEntries.filter((c) => c.metric === null && c.page === page),
  ];
}
