import type { DashboardFilters, DashboardPage } from "@aiml/domain";
import { TRPCError } from "@trpc/server";
import type { Caller, OpenChart } from "./open-chart";
import { chartsOfPage } from "./registry";

/** A chart whose dataset is not published (yet, or any more) is left out, not an error. */
async function buildOrSkip(build: () => Promise<OpenChart | null>): Promise<OpenChart | null> {
  try {
    return await build();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** The charts of a page, in the order of the metric definitions admins put on it. */
async function chartEntries(caller: Caller, page: DashboardPage) {
  const { metrics } = await caller.openData.pageMetrics({ page });
  return chartsOfPage(
    page,
    metrics.map((m) => m.name),
  );
}

/** Every open-data chart of a page, built in parallel. */
export async function buildOpenCharts(
  caller: Caller,
  page: DashboardPage,
  filters: DashboardFilters,
): Promise<OpenChart[]> {
  const entries = await chartEntries(caller, page);
  const charts = await Promise.all(entries.map((c) => buildOrSkip(() => c.build(caller, filters))));
  return charts.filter((c): c is OpenChart => c !== null);
}

/** One open-data chart of a page by id, for its CSV and SVG downloads and the Overview. */
export async function buildOpenChart(
  caller: Caller,
  page: DashboardPage,
  id: string,
  filters: DashboardFilters,
): Promise<OpenChart | null> {
  const entry = (await chartEntries(caller, page)).find((c) => c.id === id);
  return entry ? buildOrSkip(() => entry.build(caller, filters)) : null;
}
