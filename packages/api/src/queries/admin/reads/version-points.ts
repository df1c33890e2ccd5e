import type { DataPointInput } from "@aiml/domain";
import { pointSelect, toDataPointInput } from "../data-point-row";
import type { Tx } from "../transaction";

/** A version's points in their display order. */
export async function loadVersionPoints(tx: Tx, versionId: string): Promise<DataPointInput[]> {
  const rows = await tx.dataPoint.findMany({
    where: { versionId },
    select: pointSelect,
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
  });
  return rows.map(toDataPointInput);
}

/** The points of a version with these keys. */
export async function loadPointsByKey(
  tx: Tx,
  versionId: string,
  keys: readonly string[],
): Promise<Map<string, DataPointInput>> {
  const rows = await tx.dataPoint.findMany({
    where: { versionId, key: { in: [...keys] } },
    select: pointSelect,
  });
  return new Map(rows.map((row) => [row.key, toDataPointInput(row)]));
}
