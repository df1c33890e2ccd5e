import type { Database } from "@aiml/db";
import type { MetricDefinitionInput } from "@aiml/domain";
import { AppError } from "../../../errors";
import { metricDefinitionSelect } from "../metric-definition-select";
import { type Actor, recordAudit } from "./audit";
import { bumpDataRevision } from "./data-revision";
import { isUniqueViolation } from "./prisma-errors";

const metricNotFound = () => new AppError("NOT_FOUND", "No such metric definition.");
const nameTaken = (name: string) =>
  new AppError("CONFLICT", `A metric named "${name}" is already defined.`);

/** Adds a definition; the public pages show it on the next request. */
export async function createMetricDefinition(
  db: Database,
  actor: Actor,
  definition: MetricDefinitionInput,
) {
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.metricDefinition.create({
        data: definition,
        select: metricDefinitionSelect,
      });
      await bumpDataRevision(tx);
      await recordAudit(tx, actor, {
        action: "metric.create",
        entityType: "MetricDefinition",
        entityId: created.id,
        after: definition,
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(definition.name);
    throw error;
  }
}

/** Replaces a definition; records it before and after. */
export async function updateMetricDefinition(
  db: Database,
  actor: Actor,
  id: string,
  definition: MetricDefinitionInput,
) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.metricDefinition.findUnique({
        where: { id },
        select: metricDefinitionSelect,
      });
      if (!before) throw metricNotFound();
      const updated = await tx.metricDefinition.update({
        where: { id },
        data: definition,
        select: metricDefinitionSelect,
      });
      await bumpDataRevision(tx);
      const { id: _id, updatedAt: _at, ...was } = before;
      await recordAudit(tx, actor, {
        action: "metric.update",
        entityType: "MetricDefinition",
        entityId: id,
        before: was,
        after: definition,
      });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(definition.name);
    throw error;
  }
}

/** Removes a definition: its metric leaves the dashboards (the data stays). */
export async function deleteMetricDefinition(db: Database, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.metricDefinition.findUnique({
      where: { id },
      select: metricDefinitionSelect,
    });
    if (!before) throw metricNotFound();
    await tx.metricDefinition.delete({ where: { id } });
    await bumpDataRevision(tx);
    const { id: _id, updatedAt: _at, ...was } = before;
    await recordAudit(tx, actor, {
      action: "metric.delete",
      entityType: "MetricDefinition",
      entityId: id,
      before: was,
    });
    return { id };
  });
}
