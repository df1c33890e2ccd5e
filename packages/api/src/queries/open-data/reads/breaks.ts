import type { Database } from "@aiml/db";

export interface SeriesBreakInfo {
  at: string;
  dimension: string;
  fromCodes: string[];
  toCodes: string[];
  description: string;
}

/**
 * The definitional changes of a dataset's published version that touch any of these SOC codes within [from, to]: a
 * chart draws them as breaks instead of a line through them.
 */
export async function findBreaks(
  db: Database,
  params: { datasetId: string; socCodes: string[]; from: string | null; to: string | null },
): Promise<SeriesBreakInfo[]> {
  if (params.socCodes.length === 0) return [];
  const rows = await db.$queryRaw<SeriesBreakInfo[]>`
    SELECT at::text AS at, dimension, "fromCodes", "toCodes", description
    FROM "SeriesBreak"
    WHERE "versionId" = (SELECT "publishedVersionId" FROM "Dataset" WHERE id = ${params.datasetId})
      AND ("fromCodes" && ${params.socCodes}::text[] OR "toCodes" && ${params.socCodes}::text[])
      AND at BETWEEN COALESCE(${params.from}::date, '-infinity'::date)
                 AND COALESCE(${params.to}::date, 'infinity'::date)
    ORDER BY at, id`;
  return rows;
}
