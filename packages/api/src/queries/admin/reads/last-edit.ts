import type { Tx } from "../transaction";

export interface LastEdit {
  by: string | null;
  at: Date;
}

/** Who last changed each dataset and when, from the audit log (null for never changed). */
export async function lastEditsByDataset(
  tx: Tx,
  datasetIds: readonly string[],
): Promise<Map<string, LastEdit>> {
  if (datasetIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<
    { datasetId: string; actorEmail: string | null; createdAt: Date }[]
  >`
    SELECT DISTINCT ON ("datasetId") "datasetId", "actorEmail", "createdAt"
    FROM "AuditLog"
    WHERE "datasetId" = ANY(${datasetIds as string[]})
    ORDER BY "datasetId", "createdAt" DESC, "id" DESC`;
  return new Map(rows.map((r) => [r.datasetId, { by: r.actorEmail, at: r.createdAt }]));
}

/** Who last changed one entity (a draft version, say) and when. */
export async function lastEditOf(tx: Tx, entityId: string): Promise<LastEdit | null> {
  const entry = await tx.auditLog.findFirst({
    where: { entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorEmail: true, createdAt: true },
  });
  return entry ? { by: entry.actorEmail, at: entry.createdAt } : null;
}
