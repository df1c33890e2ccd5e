import { tooManyReads } from "@aiml/api";
import { clientIp } from "@aiml/auth";
import { chartToCsv, dashboardPages, parseDashboardFilters } from "@aiml/domain";
import { getServerCaller } from "~/server/caller";
import { publicReads } from "~/server/public-reads";
import { errorResponse } from "../../../admin/_lib/error-response";

export const dynamic = "force-dynamic";

type Caller = Awaited<ReturnType<typeof getServerCaller>>;

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
  let charts: Awaited<ReturnType<Caller["market"]["dashboard"]>>["charts"];
  try {
    const caller = await getServerCaller(request.headers);
    ({ charts } = await caller.market.dashboard({ page: dashboardPage, filters, allRows: true }));
  } catch (error) {
    return errorResponse(error);
  }
  const chart = charts.find((c) => c.id === chartId);
  if (!chart) return notFound(`The ${page} dashboard has no chart called “${chartId}”.`);

  return new Response(chartToCsv(chart), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${chart.id}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
