import type { Tx } from "../transaction";

/** Series and observations a version holds. */
export async function versionSeriesCounts(
  tx: Tx,
  versionId: string,
): Promise<{ series: number; observations: number }> {
  const [row] = await tx.$queryRaw<{ series: number; observations: number }[]>`
    SELECT count(DISTINCT vs."seriesId")::int AS series,
      COALESCE(sum(cardinality(b.periods)), 0)::int AS observations
    FROM "VersionSeries" vs
    LEFT JOIN "ObservationBlock" b ON b."seriesId" = vs."seriesId"
    WHERE vs."versionId" = ${versionId}`;
  return row ?? { series: 0, observations: 0 };
}
