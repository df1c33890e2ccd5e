import type { Database } from "@aiml/db";
import type { DatasetMetadata } from "@aiml/domain";
import { AppError } from "../../../errors";
import { changedMetadata, metadataColumns, toMetadata } from "../dataset-metadata";
import { datasetNotFound } from "../not-found-errors";
import { getDataset } from "../reads/datasets";
import type { Tx } from "../transaction";
import { type Actor, recordAudit } from "./audit";
import { bumpDataRevision } from "./data-revision";
import { isUniqueViolation } from "./prisma-errors";

const slugTaken = (slug: string) =>
  new AppError("CONFLICT", `Another dataset already uses the slug "${slug}": choose another.`);

/** A new dataset with an empty draft (version 1): nothing is public until it is published. */
export async function createDataset(db: Database, actor: Actor, metadata: DatasetMetadata) {
  try {
    const id = await db.$transaction(async (tx) => {
      const dataset = await tx.dataset.create({ data: metadataColumns(metadata) });
      const draft = await tx.datasetVersion.create({
        data: { datasetId: dataset.id, number: 1, status: "draft", createdById: actor.id },
      });
      await recordAudit(tx, actor, {
        action: "dataset.create",
        entityType: "Dataset",
        entityId: dataset.id,
        datasetId: dataset.id,
        after: { ...metadata, draftVersion: draft.number },
      });
      return dataset.id;
    });
    return getDataset(db, id);
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(metadata.slug);
    throw error;
  }
}

/**
 * A dataset holds figures or observations in its import layout: once any version holds data,
 * its layout is fixed (start a new dataset for another one).
 */
async function refuseFormatChangeWithData(tx: Tx, datasetId: string) {
  const [held] = await tx.$queryRaw<{ data: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "DatasetVersion" v WHERE v."datasetId" = ${datasetId} AND (
        EXISTS (SELECT 1 FROM "DataPoint" p WHERE p."versionId" = v.id)
        OR EXISTS (SELECT 1 FROM "VersionSeries" vs WHERE vs."versionId" = v.id))
    ) AS data`;
  if (held?.data) {
    throw new AppError(
      "BAD_REQUEST",
      "The dataset already holds data, so its import layout cannot change: create a new dataset for another layout.",
    );
  }
}

/** Replaces a dataset's metadata; records the fields that changed, before and after. */
export async function updateDatasetMetadata(
  db: Database,
  actor: Actor,
  id: string,
  metadata: DatasetMetadata,
) {
  try {
    await db.$transaction(async (tx) => {
      const current = await tx.dataset.findUnique({ where: { id } });
      if (!current) throw datasetNotFound();
      const change = changedMetadata(toMetadata(current), metadata);
      if (change.changed.length === 0) return;
      if (change.changed.includes("importFormat")) await refuseFormatChangeWithData(tx, id);
      await tx.dataset.update({ where: { id }, data: metadataColumns(metadata) });
      // Published figures carry their dataset's title, publisher and dates onto the public pages.
      if (current.publishedVersionId) await bumpDataRevision(tx);
      await recordAudit(tx, actor, {
        action: "dataset.update",
        entityType: "Dataset",
        entityId: id,
        datasetId: id,
        before: change.before,
        after: change.after,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(metadata.slug);
    throw error;
  }
  return getDataset(db, id);
}
