import type { Prisma } from "@aiml/db";
import type { Tx } from "../transaction";

/** The signed-in admin a write is recorded against. */
export interface Actor {
  id: string;
  email: string;
}

export const auditActions = [
  "dataset.create",
  "dataset.update",
  "draft.start",
  "draft.save",
  "draft.import",
  "draft.discard",
  "version.publish",
  "version.rollback",
  "user.role",
  "metric.create",
  "metric.update",
  "metric.delete",
  "user.delete",
  "break.create",
  "break.update",
  "break.delete",
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEntry {
  action: AuditAction;
  entityType: "Dataset" | "DatasetVersion" | "User" | "MetricDefinition" | "SeriesBreak";
  entityId: string;
  datasetId?: string;
  /** Keep both small: counts and samples, never a whole import. */
  before?: unknown;
  after?: unknown;
  note?: string | null;
}

/** Plain JSON (no undefined, dates as ISO text), as the audit columns store it. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** Appends an entry to the audit log; call it inside the transaction that makes the change. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      datasetId: entry.datasetId ?? null,
      ...(entry.before === undefined ? {} : { before: asJson(entry.before) }),
      ...(entry.after === undefined ? {} : { after: asJson(entry.after) }),
      note: entry.note ?? null,
    },
  });
}
