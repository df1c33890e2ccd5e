import {
  dashboardPages,
  downloadFileName,
  parseDashboardFilters,
  summarizeBars,
} from "@aiml/domain";
import { createElement } from "react";
import { BarChartDrawing } from "~/components/charts/bar-chart";
import { renderMarkup } from "~/components/charts/markup";
import { buildOpenChart } from "~/components/open-data/build-open-charts";
import { getServerCaller } from "~/server/caller";

export const dynamic = "force-dynamic";

const notFound = (message: string) => Response.json({ error: message }, { status: 404 });

/** The width the downloaded drawing is laid out at (the page's chart fills its column). */
const DOWNLOAD_WIDTH = 760;

/** A chart's drawing as an SVG file: the same component and rows the page shows, for the same filters. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ page: string; chart: string }> },
) {
  const { page, chart: chartId } = await params;
  const dashboardPage = dashboardPages.find((p) => p === page);
  if (!dashboardPage) return notFound(`There is no dashboard called “${page}”.`);

  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const { filters } = parseDashboardFilters(dashboardPage, searchParams);
  const caller = await getServerCaller(request.headers);
  const { charts } = await caller.market.dashboard({ page: dashboardPage, filters });
  const chart = charts.find((c) => c.id === chartId);
  const fileName = downloadFileName(dashboardPage, chartId, filters, new Date(), "svg");
  if (!chart) {
    const open = await buildOpenChart(caller, dashboardPage, chartId, filters);
    if (!open) return notFound(`The ${page} dashboard has no chart called “${chartId}”.`);
    return svgResponse(
      renderMarkup(open.drawing({ width: DOWNLOAD_WIDTH, title: open.title })),
      fileName,
    );
  }
  if (chart.kind !== "bars" || !chart.unit || chart.rows.length === 0) {
    return notFound(`“${chart.title}” is a list of figures, not a drawing: download its CSV.`);
  }
  const svg = renderMarkup(
    createElement(BarChartDrawing, {
      rows: chart.rows,
      unit: chart.unit,
      label: summarizeBars(chart),
      standalone: { width: DOWNLOAD_WIDTH, title: chart.title },
    }),
  );
  return svgResponse(svg, fileName);
}

function svgResponse(svg: string, fileName: string): Response {
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
