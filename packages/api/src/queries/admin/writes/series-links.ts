import type { Tx } from "../transaction";

/**
 * Gives a version the same series (and series breaks) as another: one link row per series, the observations stay
 * where they are (series are never changed once written; an edit writes a new series).
 */
export async function copySeriesLinks(
  tx: Tx,
  fromVersionId: string,
  toVersionId: string,
): Promise<number> {
  // The version's series breaks go with its series.
  await tx.$executeRaw`
    INSERT INTO "SeriesBreak" ("datasetId", "versionId", at, dimension, "fromCodes", "toCodes",
      description)
    SELECT "datasetId", ${toVersionId}, at, dimension, "fromCodes", "toCodes", description
    FROM "SeriesBreak" WHERE "versionId" = ${fromVersionId} ORDER BY id`;
  return tx.$executeRaw`
    INSERT INTO "VersionSeries" ("versionId", "seriesKey", "seriesId")
    SELECT ${toVersionId}, "seriesKey", "seriesId" FROM "VersionSeries"
    WHERE "versionId" = ${fromVersionId}`;
}

/** Deletes a dataset's series no version links any more (a discarded draft's), blocks and all. */
export async function deleteUnlinkedSeries(tx: Tx, datasetId: string): Promise<number> {
  return tx.$executeRaw`
    DELETE FROM "ObservationSeries" s
    WHERE s."datasetId" = ${datasetId}
      AND NOT EXISTS (SELECT 1 FROM "VersionSeries" vs WHERE vs."seriesId" = s.id)`;
}
