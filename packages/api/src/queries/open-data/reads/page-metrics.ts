import type { Database } from "@aiml/db";
import {
  type ChartKind,
  type DashboardPage,
  type DimensionFilter,
  dimensionFilterSchema,
} from "@aiml/domain";
import { type DistributionResult, openDataDistribution } from "./distribution";
import { type LatestByStateResult, openDataLatestByState } from "./latest-by-state";
import { openDataLatestPerSeries, type RankedResult } from "./latest-per-series";
import { openDataTimeSeries, type TimeSeriesResult } from "./time-series";

/** Points per series a dashboard's time chart asks for (equal-time buckets in SQL). */
const TIME_CHART_POINTS = 400;
const TIME_CHART_SERIES = 12;
const RANKED_ROWS = 25;

export type MetricChartData =
  | ({ kind: "time_series" } & TimeSeriesResult)
  | ({ kind: "distribution" } & DistributionResult)
  | ({ kind: "state_map" } & LatestByStateResult)
  | ({ kind: "ranked_bars" } & RankedResult);

export interface PageMetric {
  name: string;
  label: string;
  unit: string;
  description: string;
  chartKind: ChartKind;
  defaultFilters: DimensionFilter;
  /** One chart per published dataset that holds the metric (with the default filters). */
  charts: MetricChartData[];
}

const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function chartOf(
  db: Database,
  dataset: string,
  metric: string,
  kind: ChartKind,
  filters: DimensionFilter,
): Promise<MetricChartData | null> {
  switch (kind) {
    case "time_series": {
      const data = await openDataTimeSeries(db, {
        dataset,
        metric,
        filters,
        bucket: "none",
        aggregate: "mean",
        statistic: "value",
        maxPoints: TIME_CHART_POINTS,
        maxSeries: TIME_CHART_SERIES,
      });
      return data.series.length > 0 ? { kind, ...data } : null;
    }
    case "distribution": {
      const socCode = firstOf(filters.socCode);
      if (!socCode) return null;
      const data = await openDataDistribution(db, {
        dataset,
        metric,
        socCode,
        state: firstOf(filters.state) ?? "US",
      });
      return data && data.points.length > 0 ? { kind, ...data } : null;
    }
    case "state_map": {
      const data = await openDataLatestByState(db, {
        dataset,
        metric,
        filters,
        statistic: "value",
      });
      return data.rows.length > 0 ? { kind, ...data } : null;
    }
    case "ranked_bars": {
      const data = await openDataLatestPerSeries(db, {
        dataset,
        metric,
        filters,
        statistic: "value",
        limit: RANKED_ROWS,
      });
      return data.rows.length > 0 ? { kind, ...data } : null;
    }
  }
}

/**
 * The metrics a dashboard page shows, from the admin-edited definitions, each with its data
 * from every published open-data dataset that holds it: a dataset published with a defined
 * metric appears on the next request.
 */
export async function openDataPageMetrics(
  db: Database,
  input: { page: DashboardPage },
): Promise<{ page: DashboardPage; metrics: PageMetric[] }> {
  const definitions = await db.metricDefinition.findMany({
    where: { dashboard: input.page },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  if (definitions.length === 0) return { page: input.page, metrics: [] };
  const holders = await db.$queryRaw<{ metric: string; slug: string }[]>`
    SELECT DISTINCT s.metric, d.slug
    FROM "Dataset" d
    JOIN "VersionSeries" vs ON vs."versionId" = d."publishedVersionId"
    JOIN "ObservationSeries" s ON s.id = vs."seriesId"
    WHERE d."importFormat" IS NOT NULL AND s.metric = ANY(${definitions.map((d) => d.name)}::text[])
    ORDER BY d.slug`;
  const metrics = await Promise.all(
    definitions.map(async (definition) => {
      // Stored by admins through the same schema; anything else is read as no filter.
      const parsed = dimensionFilterSchema.safeParse(definition.defaultFilters ?? {});
      const filters = parsed.success ? parsed.data : {};
      const datasets = holders.filter((h) => h.metric === definition.name).map((h) => h.slug);
      const charts = await Promise.all(
        datasets.map((slug) => chartOf(db, slug, definition.name, definition.chartKind, filters)),
      );
      return {
        name: definition.name,
        label: definition.label,
        unit: definition.unit,
        description: definition.description,
        chartKind: definition.chartKind,
        defaultFilters: filters,
        charts: charts.filter((c): c is MetricChartData => c !== null),
      };
    }),
  );
  return { page: input.page, metrics };
}
