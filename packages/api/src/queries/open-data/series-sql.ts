import { Prisma } from "@aiml/db";
import {
  type DimensionFilter,
  type ObservationStatistic,
  type SeriesDimensionName,
  type SeriesDimensions,
  seriesDimensionNames,
} from "@aiml/domain";

/** The block column holding a statistic (whitelisted: it becomes SQL). */
export function statisticColumn(statistic: ObservationStatistic): Prisma.Sql {
  return Prisma.raw(`b."${statistic}"`);
}

const dimensionColumn = (name: SeriesDimensionName) => Prisma.raw(`s."${name}"`);

/** `AND s."state" = ANY(…)` for each dimension the filter names. */
export function dimensionConditions(filters: DimensionFilter): Prisma.Sql {
  const conditions = seriesDimensionNames.flatMap((name) => {
    const wanted = filters[name];
    if (wanted === undefined) return [];
    const values = Array.isArray(wanted) ? wanted : [wanted];
    return [Prisma.sql`AND ${dimensionColumn(name)} = ANY(${values}::text[])`];
  });
  return conditions.length > 0 ? Prisma.join(conditions, " ") : Prisma.empty;
}

/** The series columns every read selects, as `s.…`. */
export const seriesColumns = Prisma.raw(
  `s.id, s.key, s.unit::text AS unit, s."precision"::text AS "precision",
   s."indexBase"::text AS "indexBase", s."countMeaning", s.attributes,
   ${seriesDimensionNames.map((name) => `s."${name}"`).join(", ")}`,
);

export interface SeriesRow extends SeriesDimensions {
  id: number;
  key: string;
  unit: string;
  precision: string;
  indexBase: string | null;
  countMeaning: string | null;
  attributes: Record<string, string> | null;
}

export function dimensionsOf(row: SeriesDimensions): SeriesDimensions {
  return Object.fromEntries(
    seriesDimensionNames.map((name) => [name, row[name]]),
  ) as SeriesDimensions;
}

/**
 * A series' last blocks starting on or before a date (the latest observation is in the last, or
 * in the one before when the last starts after the date's observations), read backwards
 * through the primary key: a latest value never scans a long series.
 */
export const latestBlocks = (seriesId: Prisma.Sql, through: Prisma.Sql) => Prisma.sql`
  SELECT blk.* FROM "ObservationBlock" blk
  WHERE blk."seriesId" = ${seriesId} AND blk."blockStart" <= ${through}
  ORDER BY blk."blockStart" DESC LIMIT 2`;
