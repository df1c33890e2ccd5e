import { type DashboardPage, pageInfo, parseDashboardFilters } from "@aiml/domain";
import { DashboardCharts } from "./dashboard-charts";
import { FilterBar } from "./filter-bar";
import { Notices } from "./notices";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * A dashboard page: filters from the URL; charts rendered on the server, in the first response.
 * Not streamed behind Suspense: the published figures are held in memory, so waiting for them
 * costs milliseconds, while streaming them after the shell showed a skeleton first and made /pay
 * 40 kB gzipped instead of 24.
 */
export async function DashboardRoute({
  page,
  searchParams,
}: {
  page: DashboardPage;
  searchParams: SearchParams;
}) {
  const { filters, notices } = parseDashboardFilters(page, await searchParams);
  const info = pageInfo[page];
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{info.title}</h1>
      <p className="mt-2 mb-6 max-w-3xl text-slate-600 dark:text-slate-400">{info.description}</p>
      <FilterBar page={page} filters={filters} />
      <Notices notices={notices} />
      <DashboardCharts page={page} filters={filters} />
    </>
  );
}
