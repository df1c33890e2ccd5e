import { Prisma } from "@aiml/db";
import type { ChangeCounts } from "../../../import/copy/import-rows";
import type { Tx } from "../transaction";

/** What an observation holds besides its series and period; two are the same if all agree. */
const compared = (alias: string) =>
  Prisma.raw(
    `(${["period_end", "value", "mean", "p10", "p25", "p50", "p75", "p90", "count", "flags"]
      .map((c) => `${alias}.${c}`)
      .join(", ")})`,
  );

/** The observations of the series some links name, as rows (series_key, period, …). */
export const linkedObservations = (links: Prisma.Sql) => Prisma.sql`
  SELECT l."seriesKey" AS series_key, o.period, o.period_end, o.value, o.mean, o.p10, o.p25,
    o.p50, o.p75, o.p90, o.count, o.flags
  FROM (${links}) l
  JOIN "ObservationBlock" blk ON blk."seriesId" = l."seriesId"
  CROSS JOIN LATERAL unnest(blk.periods, blk."periodEnds", blk.value, blk.mean, blk.p10,
    blk.p25, blk.p50, blk.p75, blk.p90, blk.count, blk.flags)
    AS o(period, period_end, value, mean, p10, p25, p50, p75, p90, count, flags)`;

/** A version's links, for the functions here. */
export const versionLinks = (versionId: string) =>
  Prisma.sql`SELECT "seriesKey", "seriesId" FROM "VersionSeries" WHERE "versionId" = ${versionId}`;

/** Counts what going from the `before` observations to the `after` ones changes, by series and period. */
async function countRows(tx: Tx, before: Prisma.Sql, after: Prisma.Sql): Promise<ChangeCounts> {
  const [counts] = await tx.$queryRaw<ChangeCounts[]>`
    WITH a AS (${after}), b AS (${before})
    SELECT
      count(*) FILTER (WHERE b.series_key IS NULL)::int AS added,
      count(*) FILTER (WHERE a.series_key IS NULL)::int AS removed,
      count(*) FILTER (WHERE a.series_key IS NOT NULL AND b.series_key IS NOT NULL
        AND ${compared("a")} IS DISTINCT FROM ${compared("b")})::int AS changed,
      count(*) FILTER (WHERE a.series_key IS NOT NULL AND b.series_key IS NOT NULL
        AND ${compared("a")} IS NOT DISTINCT FROM ${compared("b")})::int AS unchanged
    FROM a FULL JOIN b ON a.series_key = b.series_key AND a.period = b.period`;
  return counts ?? { added: 0, removed: 0, changed: 0, unchanged: 0 };
}

/**
 * Observations added, removed, changed and unchanged from one set of series links to another.
 * A series both link is unchanged as a whole (series are never edited), and a series whose key
 * only one side has is added or removed as a whole: both are counted from their blocks' sizes.
 * Only series of a key both sides hold, with different contents, are compared row by row.
 */
export async function countObservationChanges(
  tx: Tx,
  before: Prisma.Sql,
  after: Prisma.Sql,
): Promise<ChangeCounts> {
  const differing = (links: Prisma.Sql, other: Prisma.Sql) => Prisma.sql`
    SELECT x."seriesKey", x."seriesId" FROM (${links}) x
    WHERE x."seriesId" NOT IN (SELECT y."seriesId" FROM (${other}) y)`;
  const paired = (links: Prisma.Sql, other: Prisma.Sql) => Prisma.sql`
    SELECT x."seriesKey", x."seriesId" FROM (${differing(links, other)}) x
    WHERE x."seriesKey" IN (SELECT y."seriesKey" FROM (${other}) y)`;
  const alone = (links: Prisma.Sql, other: Prisma.Sql) => Prisma.sql`
    SELECT x."seriesId" FROM (${links}) x
    WHERE x."seriesKey" NOT IN (SELECT y."seriesKey" FROM (${other}) y)`;
  const counts = await countRows(
    tx,
    linkedObservations(paired(before, after)),
    linkedObservations(paired(after, before)),
  );
  const [whole] = await tx.$queryRaw<{ shared: number; added: number; removed: number }[]>`
    SELECT
      (SELECT COALESCE(sum(cardinality(b.periods)), 0) FROM "ObservationBlock" b
       WHERE b."seriesId" IN (SELECT "seriesId" FROM (${before}) x
                              INTERSECT SELECT "seriesId" FROM (${after}) y))::int AS shared,
      (SELECT COALESCE(sum(cardinality(b.periods)), 0) FROM "ObservationBlock" b
       WHERE b."seriesId" IN (${alone(after, before)}))::int AS added,
      (SELECT COALESCE(sum(cardinality(b.periods)), 0) FROM "ObservationBlock" b
       WHERE b."seriesId" IN (${alone(before, after)}))::int AS removed`;
  return {
    added: counts.added + (whole?.added ?? 0),
    removed: counts.removed + (whole?.removed ?? 0),
    changed: counts.changed,
    unchanged: counts.unchanged + (whole?.shared ?? 0),
  };
}

/** Observations of a staged import against a version's, by series and period. */
export function countStagedChanges(tx: Tx, versionId: string): Promise<ChangeCounts> {
  return countRows(
    tx,
    linkedObservations(versionLinks(versionId)),
    Prisma.sql`SELECT series_key, period, period_end, value, mean, p10, p25, p50, p75, p90,
      count, flags FROM open_data_stage`,
  );
}
