import { clientIp } from "@aiml/auth";
import {
  chartToCsv,
  dashboardPages,
  downloadFileName,
  parseDashboardFilters,
  toCsv,
} from "@aiml/domain";
import { buildOpenChart } from "~/components/open-data/build-open-charts";
import { getServerCaller } from "~/server/caller";
import { publicReads } from "~/server/public-reads";
import { tooManyReads } from "~/serving/routes/public-read-limit";
import { errorResponse } from "../../../admin/_lib/error-response";

export const dynamic = "force-dynamic";

const notFound = (message: string) => Response.json({ error: message }, { status: 404 });

/** The CSV of a chart's figures for the same filters: every one, also those a long chart leaves out. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ page: string; chart: string }> },
) {
  const wait = publicReads().take(clientIp(request.headers));
  if (wait > 0) return tooManyReads(wait);
  const { page, chart: chartId } = await params;
  const dashboardPage = dashboardPages.find((p) => p === page);
  if (!dashboardPage) return notFound(`There is no dashboard called “${page}”.`);

  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { filters } = parseDashboardFilters(dashboardPage, searchParams);
  try {
    const caller = await getServerCaller(request.headers);
    const { charts } = await caller.market.dashboard({
      page: dashboardPage,
      filters,
      allRows: true,
    });
    const chart = charts.find((c) => c.id === chartId);
    if (chart) {
      return csvResponse(
        chartToCsv(chart),
        downloadFileName(dashboardPage, chart.id, filters, new Date(), "csv"),
      );
    }
    const open = await buildOpenChart(caller, dashboardPage, chartId, filters);
    if (!open) return notFound(`The ${page} dashboard has no chart called “${chartId}”.`);
    return csvResponse(
      toCsv(open.csv),
      downloadFileName(dashboardPage, open.id, filters, new Date(), "csv"),
    );
  } catch (error) {
    return errorResponse(error);
  }
}

function csvResponse(csv: string, fileName: string): Response {
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (“–”, “é”, “·”).
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
