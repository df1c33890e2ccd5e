import type { DashboardPage } from "@aiml/domain";
import { marketPathChart, payProjectionChart } from "./growth-models";
import type { OpenChartBuilder } from "./open-chart";
import { payByStateChart } from "./pay-by-state";
import { payPercentilesChart } from "./pay-percentiles";
import { postingsByStateChart, stateTrendChart } from "./postings-by-state";
import { postingsTrendChart } from "./postings-trend";
import { annualOpeningsChart, projectionPathsChart } from "./projections";
import { sectorPostingsChart } from "./sector-postings";

/** The open-data charts of each dashboard, in page order, by id (the CSV and SVG routes too). */
export const openCharts: Record<DashboardPage, { id: string; build: OpenChartBuilder }[]> = {
  demand: [
    { id: "postings-trend", build: (c, f) => postingsTrendChart(c, f.period) },
    { id: "postings-by-state", build: postingsByStateChart },
    { id: "postings-state-trend", build: stateTrendChart },
    { id: "sector-postings", build: (c) => sectorPostingsChart(c) },
    { id: "annual-openings", build: (c) => annualOpeningsChart(c) },
  ],
  growth: [
    { id: "projection-paths", build: (c) => projectionPathsChart(c) },
    { id: "pay-projection", build: (c, f) => payProjectionChart(c, f) },
    { id: "market-path", build: (c) => marketPathChart(c) },
  ],
  pay: [
    { id: "pay-percentiles", build: (c, f) => payPercentilesChart(c, f) },
    { id: "pay-by-state", build: payByStateChart },
  ],
  "top-of-market": [],
};

export function findOpenChart(page: DashboardPage, id: string) {
  return openCharts[page].find((c) => c.id === id);
}
