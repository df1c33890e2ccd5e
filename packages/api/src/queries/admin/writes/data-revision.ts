import type { Tx } from "../transaction";

/**
 * Tells every app instance that published data changed (see cache/revision-cache). Call it in
 * the transaction that changes what the public pages read, so a cache never outlives the data.
 */
export async function bumpDataRevision(tx: Tx): Promise<void> {
  await tx.dataRevision.upsert({
    where: { id: 1 },
    create: { id: 1, revision: 1 },
    update: { revision: { increment: 1 } },
  });
}
