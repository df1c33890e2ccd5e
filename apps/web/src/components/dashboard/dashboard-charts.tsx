import { type DashboardFilters, type DashboardPage, filtersToQuery } from "@aiml/domain";
import { getRequestCaller } from "~/server/caller";
import { buildOpenCharts } from "../open-data/build-open-charts";
import { OpenChartCard } from "../open-data/open-chart-card";
import { ChartCard } from "./chart-card";

/**
 * Rendered on the server only: the charts are SVG drawn here, so dashboards ship no chart
 * or data-fetching code to the browser.
 */
export async function DashboardCharts({
  page,
  filters,
}: {
  page: DashboardPage;
  filters: DashboardFilters;
}) {
  const caller = await getRequestCaller();
  const [data, openCharts] = await Promise.all([
    caller.market.dashboard({ page, filters }),
    buildOpenCharts(caller, page, filters),
  ]);
  const query = new URLSearchParams(filtersToQuery(filters)).toString();
  const search = query ? `?${query}` : "";
  return (
    <>
      {data.unknownHighlights.length > 0 && (
        <p
          role="status"
          className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          No published figures for {data.unknownHighlights.join(", ")}: nothing to highlight.
        </p>
      )}
      <div className="grid gap-6">
        {openCharts.map((chart) => (
          <OpenChartCard
            key={chart.id}
            chart={chart}
            csvHref={`/api/csv/${page}/${chart.id}${search}`}
            svgHref={`/api/svg/${page}/${chart.id}${search}`}
          />
        ))}
        {data.charts.map((chart) => (
          <ChartCard
            key={chart.id}
            chart={chart}
            csvHref={`/api/csv/${page}/${chart.id}${search}`}
            svgHref={`/api/svg/${page}/${chart.id}${search}`}
          />
        ))}
      </div>
    </>
  );
}
