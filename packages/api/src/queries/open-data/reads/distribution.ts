import type { Database } from "@aiml/db";
import { Prisma } from "@aiml/db";
import type { DistributionInput } from "@aiml/domain";
import { findBreaks, type SeriesBreakInfo } from "./breaks";
import { findPublishedOpenDataset, type OpenDataSource } from "./source";
import { findSeries } from "./time-series";

export interface DistributionPoint {
  period: string;
  mean: number | null;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  count: number | null;
  /** Source markers, e.g. "a_pct90>=top_code": that percentile is at or above BLS's top band. */
  flags: string[];
}

export interface DistributionResult {
  source: OpenDataSource;
  unit: string;
  precision: string;
  occupation: string | null;
  countMeaning: string | null;
  points: DistributionPoint[];
  breaks: SeriesBreakInfo[];
}

interface Row extends Omit<DistributionPoint, "flags"> {
  flags: string | null;
}

/**
 * The percentiles, mean and count of one occupation's series over time (one area), with the
 * definitional breaks that touch its SOC code. Null when the dataset has no such series.
 */
export async function openDataDistribution(
  db: Database,
  input: DistributionInput,
): Promise<DistributionResult | null> {
  const dataset = await findPublishedOpenDataset(db, input.dataset);
  const [series] = await findSeries(db, {
    versionId: dataset.versionId,
    datasetSlug: input.dataset,
    metric: input.metric,
    conditions: Prisma.sql`AND s."socCode" = ${input.socCode} AND s.state = ${input.state}`,
    limit: 1,
  });
  if (!series) return null;
  const from = input.from ?? null;
  const to = input.to ?? null;
  const rows = await db.$queryRaw<Row[]>`
    SELECT o.period::text AS period, o.mean, o.p10, o.p25, o.p50, o.p75, o.p90, o.count, o.flags
    FROM "ObservationBlock" b
    CROSS JOIN LATERAL unnest(b.periods, b.mean, b.p10, b.p25, b.p50, b.p75, b.p90, b.count, b.flags)
      AS o(period, mean, p10, p25, p50, p75, p90, count, flags)
    WHERE b."seriesId" = ${series.id}
      AND o.period BETWEEN COALESCE(${from}::date, '-infinity'::date)
                       AND COALESCE(${to}::date, 'infinity'::date)
    ORDER BY o.period`;
  return {
    source: dataset.source,
    unit: series.unit,
    precision: series.precision,
    occupation: series.occupation,
    countMeaning: series.countMeaning,
    points: rows.map((r) => ({ ...r, flags: r.flags ? r.flags.split(";") : [] })),
    breaks: await findBreaks(db, {
      datasetId: dataset.datasetId,
      socCodes: [input.socCode],
      from,
      to,
    }),
  };
}
