import type { Database } from "@aiml/db";
import { metricDefinitionSelect } from "../metric-definition-select";

/** Every metric definition, by dashboard and order, with the datasets that publish the metric. */
export async function listMetricDefinitions(db: Database) {
  const [definitions, holders] = await Promise.all([
    db.metricDefinition.findMany({
      orderBy: [{ dashboard: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
      select: metricDefinitionSelect,
    }),
    db.$queryRaw<{ metric: string; slug: string }[]>`
      SELECT DISTINCT s.metric, d.slug
      FROM "Dataset" d
      JOIN "VersionSeries" vs ON vs."versionId" = d."publishedVersionId"
      JOIN "ObservationSeries" s ON s.id = vs."seriesId"
      ORDER BY d.slug`,
  ]);
  return definitions.map((d) => ({
    ...d,
    publishedIn: holders.filter((h) => h.metric === d.name).map((h) => h.slug),
  }));
}
