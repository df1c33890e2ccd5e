import { type Database, Prisma } from "@aiml/db";
import type { DimensionFilter, ObservationStatistic, SeriesDimensions } from "@aiml/domain";
import { dimensionConditions, dimensionsOf, latestBlocks, statisticColumn } from "../series-sql";
import { findPublishedOpenDataset, type OpenDataSource } from "./source";
import { findSeries } from "./time-series";

const MAX_SERIES = 500;

export interface RankedResult {
  source: OpenDataSource;
  unit: string;
  precision: string;
  /** Highest value first. */
  rows: {
    key: string;
    label: string;
    dimensions: SeriesDimensions;
    period: string;
    periodEnd: string | null;
    value: number;
    count: number | null;
  }[];
  truncated: boolean;
}

const labelOf = (d: SeriesDimensions, key: string) =>
  d.occupation ?? d.sector ?? d.state ?? d.currency ?? key;

/** Each matching series' latest observation, ranked by value: for ranked bars. */
export async function openDataLatestPerSeries(
  db: Database,
  input: {
    dataset: string;
    metric: string;
    filters: DimensionFilter;
    statistic: ObservationStatistic;
    limit: number;
  },
): Promise<RankedResult> {
  const dataset = await findPublishedOpenDataset(db, input.dataset);
  const series = await findSeries(db, {
    versionId: dataset.versionId,
    datasetSlug: input.dataset,
    metric: input.metric,
    conditions: dimensionConditions(input.filters),
    limit: MAX_SERIES,
  });
  const ids = series.map((s) => s.id);
  const rows = ids.length
    ? await db.$queryRaw<
        {
          sid: number;
          period: string;
          periodEnd: string | null;
          value: number;
          count: number | null;
        }[]
      >`
        SELECT DISTINCT ON (b."seriesId") b."seriesId" AS sid, o.period::text AS period,
          o.period_end::text AS "periodEnd", o.v AS value, o.c AS count
        FROM unnest(${ids}::int[]) AS sid
        CROSS JOIN LATERAL (${latestBlocks(Prisma.sql`sid`, Prisma.sql`'infinity'::date`)}) b
        CROSS JOIN LATERAL unnest(b.periods, b."periodEnds", ${statisticColumn(input.statistic)},
          b.count) AS o(period, period_end, v, c)
        WHERE o.v IS NOT NULL
        ORDER BY b."seriesId", o.period DESC`
    : [];
  const byId = new Map(series.map((s) => [s.id, s]));
  const ranked = rows
    .flatMap(({ sid, ...point }) => {
      const s = byId.get(sid);
      if (!s) return [];
      const dimensions = dimensionsOf(s);
      return [{ key: s.key, label: labelOf(dimensions, s.key), dimensions, ...point }];
    })
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const first = series[0];
  return {
    source: dataset.source,
    unit: first?.unit ?? "",
    precision: first?.precision ?? "",
    rows: ranked.slice(0, input.limit),
    truncated: ranked.length > input.limit || series.length === MAX_SERIES,
  };
}
