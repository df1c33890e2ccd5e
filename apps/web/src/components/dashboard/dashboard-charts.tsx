import { type DashboardFilters, type DashboardPage, filtersToQuery } from "@aiml/domain";
import { getRequestCaller } from "~/server/caller";
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
  const data = await (await getRequestCaller()).market.dashboard({ page, filters });
  const query = new URLSearchParams(filtersToQuery(filters)).toString();
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
        {data.charts.map((chart) => (
          <ChartCard
            key={chart.id}
            chart={chart}
            csvHref={`/api/csv/${page}/${chart.id}${query ? `?${query}` : ""}`}
            svgHref={`/api/svg/${page}/${chart.id}${query ? `?${query}` : ""}`}
          />
        ))}
      </div>
    </>
  );
}
