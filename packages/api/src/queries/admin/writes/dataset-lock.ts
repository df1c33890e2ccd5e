import { datasetNotFound } from "../not-found-errors";
import type { Tx } from "../transaction";

/**
 * Locks the dataset's row until the transaction ends, so that starting a draft, publishing and
 * rolling back one dataset happen one at a time (each reads, then writes, its versions).
 */
export async function lockDataset(tx: Tx, datasetId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Dataset" WHERE "id" = ${datasetId} FOR UPDATE`;
  if (rows.length === 0) throw datasetNotFound();
}
