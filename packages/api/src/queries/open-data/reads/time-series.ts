import { type Database, Prisma } from "@aiml/db";
import type { SeriesDimensions, TimeSeriesInput } from "@aiml/domain";
import { AppError } from "../../../errors";
import {
  dimensionConditions,
  dimensionsOf,
  type SeriesRow,
  seriesColumns,
  statisticColumn,
} from "../series-sql";
import { findBreaks, type SeriesBreakInfo } from "./breaks";
import { findPublishedOpenDataset, type OpenDataSource } from "./source";

export interface TimeSeriesPoint {
  /** First day of the period or bucket, YYYY-MM-DD. */
  period: string;
  /** A span's end; for an equal-time bucket (maxPoints), the last period in it. */
  periodEnd: string | null;
  value: number;
  min: number;
  max: number;
  /** Observations behind the point. */
  n: number;
}

export interface TimeSeriesResult {
  source: OpenDataSource;
  metric: string;
  unit: string;
  precision: string;
  indexBase: string | null;
  countMeaning: string | null;
  series: { key: string; dimensions: SeriesDimensions; points: TimeSeriesPoint[] }[];
  breaks: SeriesBreakInfo[];
  /** More series matched than maxSeries. */
  truncated: boolean;
}

interface PointRow {
  sid: number;
  period: string;
  periodEnd: string | null;
  value: number;
  min: number;
  max: number;
  n: number;
}

/** Series of a version for a metric and filters, by key; NOT_FOUND when the metric is unknown. */
export async function findSeries(
  db: Database,
  params: {
    versionId: string;
    datasetSlug: string;
    metric: string;
    conditions: Prisma.Sql;
    limit: number;
  },
): Promise<SeriesRow[]> {
  const rows = await db.$queryRaw<SeriesRow[]>`
    SELECT ${seriesColumns}
    FROM "VersionSeries" vs JOIN "ObservationSeries" s ON s.id = vs."seriesId"
    WHERE vs."versionId" = ${params.versionId} AND s.metric = ${params.metric} ${params.conditions}
    ORDER BY s.key
    LIMIT ${params.limit}`;
  if (rows.length === 0) {
    const [known] = await db.$queryRaw<{ found: boolean }[]>`
      SELECT EXISTS (
        SELECT 1 FROM "VersionSeries" vs JOIN "ObservationSeries" s ON s.id = vs."seriesId"
        WHERE vs."versionId" = ${params.versionId} AND s.metric = ${params.metric}
      ) AS found`;
    if (!known?.found) {
      throw new AppError(
        "NOT_FOUND",
        `The dataset "${params.datasetSlug}" has no metric "${params.metric}".`,
      );
    }
  }
  return rows;
}

const aggregateSql = {
  mean: Prisma.sql`avg(o.v)`,
  min: Prisma.sql`min(o.v)`,
  max: Prisma.sql`max(o.v)`,
  last: Prisma.sql`(array_agg(o.v ORDER BY o.period DESC))[1]`,
} as const;

/**
 * A metric's series over time from a dataset's published version, aggregated in SQL: each
 * observation as it is, calendar buckets (week, month, quarter, year) or, with maxPoints,
 * equal-time buckets over the range asked (mean, min and max of each, so a spike stays
 * visible). Only the blocks overlapping the range are read.
 */
export async function openDataTimeSeries(
  db: Database,
  input: TimeSeriesInput,
): Promise<TimeSeriesResult> {
  const dataset = await findPublishedOpenDataset(db, input.dataset);
  const matched = await findSeries(db, {
    versionId: dataset.versionId,
    datasetSlug: input.dataset,
    metric: input.metric,
    conditions: dimensionConditions(input.filters),
    limit: input.maxSeries + 1,
  });
  const chosen = matched.slice(0, input.maxSeries);
  const ids = chosen.map((s) => s.id);
  const from = input.from ?? null;
  const to = input.to ?? null;
  const stat = statisticColumn(input.statistic);

  const observations = Prisma.sql`
    SELECT b."seriesId" AS sid, o.period, o.period_end, o.v
    FROM "ObservationBlock" b
    CROSS JOIN LATERAL unnest(b.periods, b."periodEnds", ${stat}) AS o(period, period_end, v)
    WHERE b."seriesId" = ANY(${ids}::int[])
      AND b."lastPeriod" >= COALESCE(${from}::date, '-infinity'::date)
      AND b."blockStart" <= COALESCE(${to}::date, 'infinity'::date)
      AND o.v IS NOT NULL
      AND o.period BETWEEN COALESCE(${from}::date, '-infinity'::date)
                       AND COALESCE(${to}::date, 'infinity'::date)`;

  let rows: PointRow[] = [];
  if (ids.length > 0 && input.bucket !== "none") {
    // The bucket name is one of timeBuckets (validated), so it can be SQL text.
    const bucket = Prisma.raw(`date_trunc('${input.bucket}', o.period::timestamp)::date`);
    rows = await db.$queryRaw<PointRow[]>`
      WITH o AS (${observations})
      SELECT o.sid, ${bucket}::text AS period, NULL AS "periodEnd",
        ${aggregateSql[input.aggregate]} AS value, min(o.v) AS min, max(o.v) AS max,
        count(*)::int AS n
      FROM o GROUP BY 1, 2 ORDER BY 1, 2`;
  } else if (ids.length > 0 && input.maxPoints !== undefined) {
    // Equal-time buckets over the observed range; each point spans its first to last period.
    const index = Prisma.sql`floor((o.period - r.lo)::float8 * ${input.maxPoints} / (r.hi - r.lo + 1))`;
    // The range comes from the blocks' first and last periods (no second pass over the
    // observations): reading them once halves the query at 15,000 observations a series.
    rows = await db.$queryRaw<PointRow[]>`
      WITH r AS (
        SELECT GREATEST(min(b.periods[1]), ${from}::date) AS lo,
          LEAST(max(b."lastPeriod"), ${to}::date) AS hi
        FROM "ObservationBlock" b
        WHERE b."seriesId" = ANY(${ids}::int[])
          AND b."lastPeriod" >= COALESCE(${from}::date, '-infinity'::date)
          AND b."blockStart" <= COALESCE(${to}::date, 'infinity'::date))
      SELECT o.sid, min(o.period)::text AS period, max(o.period)::text AS "periodEnd",
        ${aggregateSql[input.aggregate]} AS value, min(o.v) AS min, max(o.v) AS max,
        count(*)::int AS n
      FROM (${observations}) o CROSS JOIN r GROUP BY o.sid, ${index} ORDER BY o.sid, 2`;
  } else if (ids.length > 0) {
    rows = await db.$queryRaw<PointRow[]>`
      WITH o AS (${observations})
      SELECT o.sid, o.period::text AS period, o.period_end::text AS "periodEnd", o.v AS value,
        o.v AS min, o.v AS max, 1 AS n
      FROM o ORDER BY o.sid, o.period`;
  }

  const pointsBySeries = new Map<number, TimeSeriesPoint[]>();
  for (const { sid, ...point } of rows) {
    const points = pointsBySeries.get(sid);
    if (points) points.push(point);
    else pointsBySeries.set(sid, [point]);
  }
  const first = chosen[0];
  return {
    source: dataset.source,
    metric: input.metric,
    unit: first?.unit ?? "",
    precision: first?.precision ?? "",
    indexBase: first?.indexBase ?? null,
    countMeaning: first?.countMeaning ?? null,
    series: chosen.map((s) => ({
      key: s.key,
      dimensions: dimensionsOf(s),
      points: pointsBySeries.get(s.id) ?? [],
    })),
    breaks: await findBreaks(db, {
      datasetId: dataset.datasetId,
      socCodes: chosen.map((s) => s.socCode).filter((c): c is string => c !== null),
      from,
      to,
    }),
    truncated: matched.length > input.maxSeries,
  };
}
