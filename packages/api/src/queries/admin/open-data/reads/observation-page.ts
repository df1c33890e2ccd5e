import type { Database } from "@aiml/db";
import { Prisma } from "@aiml/db";
import { type Observation, type SeriesDimensionName, seriesDimensionNames } from "@aiml/domain";
import { findVersion } from "../../reads/versions";
import { type SeriesSelection, selectedSeries } from "./version-series-filter";

export interface ObservationRow extends Observation {
  seriesKey: string;
  metric: string;
  unit: string;
  precision: string;
}

/** Distinct values a version's series offer as filters (at most this many of each). */
const MAX_FACET_VALUES = 500;

/**
 * The metrics and dimension values of a version's series, for its filters: read from the
 * series (hundreds of rows at 10 million observations), never from the observations.
 */
async function versionFacets(db: Database, versionId: string) {
  const dimensionAggregates = seriesDimensionNames.map(
    (name) =>
      Prisma.sql`(array_agg(DISTINCT s.${Prisma.raw(`"${name}"`)} ORDER BY s.${Prisma.raw(`"${name}"`)})
        FILTER (WHERE s.${Prisma.raw(`"${name}"`)} IS NOT NULL))[1:${MAX_FACET_VALUES}] AS ${Prisma.raw(`"${name}"`)}`,
  );
  const [row] = await db.$queryRaw<Record<string, string[] | null>[]>`
    SELECT array_agg(DISTINCT s.metric ORDER BY s.metric) AS metrics,
      ${Prisma.join(dimensionAggregates, ", ")}
    FROM "VersionSeries" vs JOIN "ObservationSeries" s ON s.id = vs."seriesId"
    WHERE vs."versionId" = ${versionId}`;
  const dimensions = Object.fromEntries(
    seriesDimensionNames.map((name) => [name, row?.[name] ?? []]),
  ) as Record<SeriesDimensionName, string[]>;
  return { metrics: row?.metrics ?? [], dimensions };
}

/**
 * One page of a version's observations in (series key, period) order, for the series a
 * selection names. Postgres counts each block's observations (array lengths, no unnesting)
 * to find the blocks the page falls in, and unnests only those: a page is read the same way
 * at 10 million observations as at a thousand.
 */
export async function observationPage(
  db: Database,
  params: { datasetId: string; versionId: string; offset: number; limit: number } & SeriesSelection,
) {
  const version = await findVersion(db, params.datasetId, params.versionId);
  const end = params.offset + params.limit;
  const series = selectedSeries(version.id, params);
  const [totals] = await db.$queryRaw<{ series: number; observations: number }[]>`
    SELECT count(DISTINCT sel.id)::int AS series,
      COALESCE(sum(cardinality(b.periods)), 0)::float8 AS observations
    FROM (${series}) sel LEFT JOIN "ObservationBlock" b ON b."seriesId" = sel.id`;
  const rows = await db.$queryRaw<ObservationRow[]>`
    WITH sel AS (${series}),
    placed AS (
      SELECT sel.key, sel.metric, sel.unit, sel."precision", b."seriesId", b."blockStart",
        sum(cardinality(b.periods)) OVER (ORDER BY sel.key, b."blockStart")
          - cardinality(b.periods) AS before
      FROM sel JOIN "ObservationBlock" b ON b."seriesId" = sel.id)
    SELECT p.key AS "seriesKey", p.metric, p.unit, p."precision", o.period::text AS period,
      o.period_end::text AS "periodEnd", o.value, o.mean, o.p10, o.p25, o.p50, o.p75, o.p90,
      o.count, CASE WHEN o.flags IS NULL THEN NULL ELSE string_to_array(o.flags, ';') END AS flags
    FROM placed p
    JOIN "ObservationBlock" blk ON blk."seriesId" = p."seriesId" AND blk."blockStart" = p."blockStart"
    CROSS JOIN LATERAL unnest(blk.periods, blk."periodEnds", blk.value, blk.mean, blk.p10,
      blk.p25, blk.p50, blk.p75, blk.p90, blk.count, blk.flags)
      WITH ORDINALITY AS o(period, period_end, value, mean, p10, p25, p50, p75, p90, count, flags, n)
    WHERE p.before < ${end} AND p.before + cardinality(blk.periods) > ${params.offset}
      AND p.before + o.n - 1 >= ${params.offset} AND p.before + o.n - 1 < ${end}
    ORDER BY p.key, o.period`;
  return {
    version: { id: version.id, number: version.number, status: version.status },
    totalSeries: totals?.series ?? 0,
    totalObservations: totals?.observations ?? 0,
    offset: params.offset,
    rows,
    facets: await versionFacets(db, version.id),
  };
}
