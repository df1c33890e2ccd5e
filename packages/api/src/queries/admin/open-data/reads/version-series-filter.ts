import { Prisma } from "@aiml/db";
import type { DimensionFilter } from "@aiml/domain";
import { dimensionConditions } from "../../../open-data/series-sql";

export interface SeriesSelection {
  metric?: string;
  seriesKey?: string;
  filters: DimensionFilter;
}

/**
 * The series of a version a selection names, as rows (key, id, …) of `s` joined to its links:
 * `FROM "VersionSeries" vs JOIN "ObservationSeries" s …`, one row per series.
 */
export const selectedSeries = (versionId: string, selection: SeriesSelection) => Prisma.sql`
  SELECT vs."seriesKey" AS key, s.id, s.metric, s.unit::text AS unit,
    s."precision"::text AS "precision"
  FROM "VersionSeries" vs JOIN "ObservationSeries" s ON s.id = vs."seriesId"
  WHERE vs."versionId" = ${versionId}
    ${selection.metric ? Prisma.sql`AND s.metric = ${selection.metric}` : Prisma.empty}
    ${selection.seriesKey ? Prisma.sql`AND vs."seriesKey" = ${selection.seriesKey}` : Prisma.empty}
    ${dimensionConditions(selection.filters)}`;
