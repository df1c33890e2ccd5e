import type { Database } from "@aiml/db";
import { Prisma } from "@aiml/db";
import type { LatestByStateInput, SeriesDimensions } from "@aiml/domain";
import {
  dimensionConditions,
  dimensionsOf,
  latestBlocks,
  type SeriesRow,
  statisticColumn,
} from "../series-sql";
import { findPublishedOpenDataset, type OpenDataSource } from "./source";
import { findSeries } from "./time-series";

const MAX_ROWS = 2000;

export interface LatestByStateResult {
  source: OpenDataSource;
  unit: string;
  precision: string;
  /** An index's base period (the series' value there is 100), or null. */
  indexBase: string | null;
  /** The period asked for, or the latest period any matching series has. */
  at: string | null;
  rows: {
    state: string;
    dimensions: SeriesDimensions;
    period: string;
    value: number;
    count: number | null;
  }[];
  truncated: boolean;
}

/**
 * One value per matching series that has a state: its latest observation on or before `at`
 * (default: the latest period of any of them). For maps and ranked bars; a row's own period
 * shows when a state lags the others.
 */
export async function openDataLatestByState(
  db: Database,
  input: LatestByStateInput,
): Promise<LatestByStateResult> {
  const dataset = await findPublishedOpenDataset(db, input.dataset);
  const matched = await findSeries(db, {
    versionId: dataset.versionId,
    datasetSlug: input.dataset,
    metric: input.metric,
    conditions: Prisma.sql`${dimensionConditions(input.filters)} AND s.state IS NOT NULL`,
    limit: MAX_ROWS + 1,
  });
  const chosen = matched.slice(0, MAX_ROWS);
  const byId = new Map<number, SeriesRow>(chosen.map((s) => [s.id, s]));
  const ids = [...byId.keys()];
  const stat = statisticColumn(input.statistic);
  // Each series' last block through the primary key, newest first: no scan of old blocks. The
  // latest observation is picked per series (LIMIT 1 of ~45), not by sorting every series'
  // last two blocks together (2–3× slower at 676 series).
  const [range] = ids.length
    ? await db.$queryRaw<{ at: string | null }[]>`
        SELECT COALESCE(${input.at ?? null}::date, max(last.period))::text AS at
        FROM unnest(${ids}::int[]) AS sid
        CROSS JOIN LATERAL (
          SELECT b."lastPeriod" AS period FROM "ObservationBlock" b
          WHERE b."seriesId" = sid ORDER BY b."blockStart" DESC LIMIT 1
        ) last`
    : [{ at: input.at ?? null }];
  const at = range?.at ?? null;
  const rows =
    ids.length && at
      ? await db.$queryRaw<{ sid: number; period: string; value: number; count: number | null }[]>`
          SELECT sid, x.period::text AS period, x.v AS value, x.c AS count
          FROM unnest(${ids}::int[]) AS sid
          CROSS JOIN LATERAL (
            SELECT o.period, o.v, o.c
            FROM (${latestBlocks(Prisma.sql`sid`, Prisma.sql`${at}::date`)}) b
            CROSS JOIN LATERAL unnest(b.periods, ${stat}, b.count) AS o(period, v, c)
            WHERE o.period <= ${at}::date AND o.v IS NOT NULL
            ORDER BY o.period DESC LIMIT 1) x`
      : [];
  const first = chosen[0];
  return {
    source: dataset.source,
    unit: first?.unit ?? "",
    precision: first?.precision ?? "",
    indexBase: first?.indexBase ?? null,
    at,
    rows: rows.flatMap((r) => {
      const series = byId.get(r.sid);
      if (!series?.state) return [];
      return [
        {
          state: series.state,
          dimensions: dimensionsOf(series),
          period: r.period,
          value: r.value,
          count: r.count,
        },
      ];
    }),
    truncated: matched.length > MAX_ROWS,
  };
}
