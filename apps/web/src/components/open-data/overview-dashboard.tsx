import { getRequestCaller } from "~/server/caller";
import { buildOpenChart } from "./build-open-charts";
import { KpiCard } from "./kpi-card";
import { OpenChartCard } from "./open-chart-card";
import { overviewKpis } from "./overview-kpis";

const noFilters = { comp: "all" as const, highlight: [] };
/** The dashboard charts the Overview repeats, each linking to its page through its source. */
const overviewCharts = [
  { page: "demand", id: "postings-trend" },
  { page: "pay", id: "pay-percentiles" },
  { page: "demand", id: "postings-by-state" },
] as const;

/** KPI cards and the main open-data charts, rendered on the server. */
export async function OverviewDashboard() {
  const caller = await getRequestCaller();
  const [kpis, ...charts] = await Promise.all([
    overviewKpis(caller),
    ...overviewCharts.map((c) => buildOpenChart(caller, c.page, c.id, noFilters)),
  ]);
  return (
    <>
      {kpis.length > 0 && (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {kpis.map((kpi) => (
            <KpiCard key={kpi.id} kpi={kpi} />
          ))}
        </ul>
      )}
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        {charts.map((chart, i) => {
          const where = overviewCharts[i];
          if (!chart || !where) return null;
          return (
            <div key={chart.id} className={i === 0 ? "lg:col-span-2" : undefined}>
              <OpenChartCard
                chart={chart}
                csvHref={`/api/csv/${where.page}/${chart.id}`}
                svgHref={`/api/svg/${where.page}/${chart.id}`}
              />
              <p className="mt-1 text-sm">
                <a href={`/${where.page}`} className="underline underline-offset-2">
                  More on the {where.page === "demand" ? "Demand" : "Pay"} page
                </a>
              </p>
            </div>
          );
        })}
      </div>
    </>
  );
}
