import type { DashboardFilters, DashboardPage } from "@aiml/domain";
import { TRPCError } from "@trpc/server";
import type { Caller, OpenChart } from "./open-chart";
import { findOpenChart, openCharts } from "./registry";

/** A chart whose dataset is not published (yet, or any more) is left out, not an error. */
async function buildOrSkip(build: () => Promise<OpenChart | null>): Promise<OpenChart | null> {
  try {
    return await build();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** Every open-data chart of a page, built in parallel. */
export async function buildOpenCharts(
  caller: Caller,
  page: DashboardPage,
  filters: DashboardFilters,
): Promise<OpenChart[]> {
  const charts = await Promise.all(
    openCharts[page].map((c) => buildOrSkip(() => c.build(caller, filters))),
  );
  return charts.filter((c): c is OpenChart => c !== null);
}

/** One open-data chart by id, for its CSV and SVG downloads. */
export async function buildOpenChart(
  caller: Caller,
  page: DashboardPage,
  id: string,
  filters: DashboardFilters,
): Promise<OpenChart | null> {
  const entry = findOpenChart(page, id);
  return entry ? buildOrSkip(() => entry.build(caller, filters)) : null;
}
