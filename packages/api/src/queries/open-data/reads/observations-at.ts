import type { Database, Prisma } from "@aiml/db";

export interface ObservationRow {
  metric: string;
  socCode: string | null;
  occupation: string | null;
  state: string | null;
  currency: string | null;
  attributes: Record<string, string> | null;
  period: string;
  periodEnd: string | null;
  value: number | null;
  mean: number | null;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  count: number | null;
  flags: string | null;
}

/**
 * Every observation of a version's series of these metrics matching the conditions, at one
 * period (or all periods when `period` is null): the rows behind the lookups.
 */
export function observationsAt(
  db: Database,
  params: { versionId: string; metrics: string[]; conditions: Prisma.Sql; period: string | null },
): Promise<ObservationRow[]> {
  const period = params.period;
  return db.$queryRaw<ObservationRow[]>`
    SELECT s.metric, s."socCode", s.occupation, s.state, s.currency, s.attributes,
      o.period::text AS period, o.period_end::text AS "periodEnd", o.value, o.mean, o.p10, o.p25,
      o.p50, o.p75, o.p90, o.count, o.flags
    FROM "VersionSeries" vs
    JOIN "ObservationSeries" s ON s.id = vs."seriesId"
    JOIN "ObservationBlock" b ON b."seriesId" = s.id
    CROSS JOIN LATERAL unnest(b.periods, b."periodEnds", b.value, b.mean, b.p10, b.p25, b.p50,
      b.p75, b.p90, b.count, b.flags)
      AS o(period, period_end, value, mean, p10, p25, p50, p75, p90, count, flags)
    WHERE vs."versionId" = ${params.versionId} AND s.metric = ANY(${params.metrics}::text[])
      ${params.conditions}
      AND (${period}::date IS NULL
        OR (b."blockStart" <= ${period}::date AND b."lastPeriod" >= ${period}::date
            AND o.period = ${period}::date))
    ORDER BY s.key, o.period`;
}
