import { type Database, Prisma } from "@aiml/db";
import { type SeriesDimensionName, seriesDimensionNames } from "@aiml/domain";
import { AppError } from "../../../errors";
import { findPublishedOpenDataset, type OpenDataSource } from "./source";

export interface OpenDataDimensions {
  source: OpenDataSource;
  metrics: {
    metric: string;
    unit: string;
    precision: string;
    first: string;
    last: string;
    observations: number;
    series: number;
  }[];
  values: Record<SeriesDimensionName, { value: string; label: string | null }[]>;
}

/** What a dataset's published version holds: its metrics and, per dimension, the values on offer. */
export async function openDataDimensions(
  db: Database,
  input: { dataset: string; metric?: string },
): Promise<OpenDataDimensions> {
  const dataset = await findPublishedOpenDataset(db, input.dataset);
  const metricCondition = input.metric ? Prisma.sql`AND s.metric = ${input.metric}` : Prisma.empty;
  const [metrics, series] = await Promise.all([
    db.$queryRaw<OpenDataDimensions["metrics"]>`
      SELECT s.metric, s.unit::text AS unit, s."precision"::text AS "precision",
        min(b.periods[1])::text AS first, max(b."lastPeriod")::text AS last,
        sum(cardinality(b.periods))::int AS observations, count(DISTINCT s.id)::int AS series
      FROM "VersionSeries" vs
      JOIN "ObservationSeries" s ON s.id = vs."seriesId"
      JOIN "ObservationBlock" b ON b."seriesId" = s.id
      WHERE vs."versionId" = ${dataset.versionId} ${metricCondition}
      GROUP BY 1, 2, 3 ORDER BY 1`,
    db.$queryRaw<(Record<SeriesDimensionName, string | null> & { stateName: string | null })[]>`
      SELECT DISTINCT ${Prisma.raw(seriesDimensionNames.map((n) => `s."${n}"`).join(", "))},
        s.attributes->>'stateName' AS "stateName"
      FROM "VersionSeries" vs JOIN "ObservationSeries" s ON s.id = vs."seriesId"
      WHERE vs."versionId" = ${dataset.versionId} ${metricCondition}`,
  ]);
  if (input.metric && metrics.length === 0) {
    throw new AppError(
      "NOT_FOUND",
      `The dataset "${input.dataset}" has no metric "${input.metric}".`,
    );
  }
  const values = Object.fromEntries(
    seriesDimensionNames.map((name) => {
      const labels = new Map<string, string | null>();
      for (const row of series) {
        const value = row[name];
        if (value === null) continue;
        const label = name === "socCode" ? row.occupation : name === "state" ? row.stateName : null;
        if (!labels.has(value) || labels.get(value) === null) labels.set(value, label);
      }
      return [
        name,
        [...labels]
          .map(([value, label]) => ({ value, label }))
          .sort((a, b) => a.value.localeCompare(b.value)),
      ];
    }),
  ) as OpenDataDimensions["values"];
  return { source: dataset.source, metrics, values };
}
