import type { Database, Prisma } from "@aiml/db";

export interface AuditFilter {
  actorId?: string;
  datasetId?: string;
  action?: string;
  /** Inclusive bounds on when the entry was recorded. */
  from?: Date;
  to?: Date;
  /** The id of the last entry of the previous page. */
  cursor?: string;
  limit: number;
}

/** Audit entries, newest first, one page at a time. */
export async function listAuditEntries(db: Database, filter: AuditFilter) {
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.datasetId ? { datasetId: filter.datasetId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: filter.from } : {}),
            ...(filter.to ? { lte: filter.to } : {}),
          },
        }
      : {}),
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: filter.limit + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
  });
  const entries = rows.slice(0, filter.limit);
  return {
    entries,
    nextCursor: rows.length > filter.limit ? (entries.at(-1)?.id ?? null) : null,
  };
}
