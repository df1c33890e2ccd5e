import type { Database } from "@aiml/db";
import type { DatasetMetadata } from "@aiml/domain";
import { AppError } from "../../errors";
import { type Actor, recordAudit } from "./audit";
import { bumpDataRevision } from "./data-revision";
import { datasetNotFound } from "./dataset-lock";
import { changedMetadata, metadataColumns, toMetadata } from "./dataset-metadata";
import { lastEditsByDataset } from "./last-edit";
import { isoDate } from "./point-set-context";
import { isUniqueViolation } from "./prisma-errors";
import type { Tx } from "./transaction";

const slugTaken = (slug: string) =>
  new AppError("CONFLICT", `Another dataset already uses the slug "${slug}": choose another.`);

/** Every dataset with its published version, its draft and its last change. */
export async function listDatasets(db: Database) {
  const datasets = await db.dataset.findMany({
    orderBy: { title: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      asOf: true,
      asOfPrecision: true,
      publishedVersion: {
        select: { number: true, publishedAt: true, _count: { select: { dataPoints: true } } },
      },
      versions: { where: { status: "draft" }, select: { id: true, number: true } },
    },
  });
  const lastEdits = await lastEditsByDataset(
    db,
    datasets.map((d) => d.id),
  );
  return datasets.map((d) => {
    const draft = d.versions[0] ?? null;
    const lastEdit = lastEdits.get(d.id) ?? null;
    return {
      id: d.id,
      slug: d.slug,
      title: d.title,
      publisher: d.publisher,
      asOf: isoDate(d.asOf),
      asOfPrecision: d.asOfPrecision,
      publishedVersionNumber: d.publishedVersion?.number ?? null,
      publishedAt: d.publishedVersion?.publishedAt ?? null,
      dataPointCount: d.publishedVersion?._count.dataPoints ?? 0,
      hasDraft: draft !== null,
      draftId: draft?.id ?? null,
      lastEditedBy: lastEdit?.by ?? null,
      lastEditedAt: lastEdit?.at ?? null,
    };
  });
}

/** One dataset's metadata (as the edit form takes it), published version and draft. */
export async function getDataset(db: Database, id: string) {
  const dataset = await db.dataset.findUnique({
    where: { id },
    include: {
      publishedVersion: {
        select: {
          id: true,
          number: true,
          publishedAt: true,
          _count: { select: { dataPoints: true } },
        },
      },
      versions: {
        where: { status: "draft" },
        select: {
          id: true,
          number: true,
          revision: true,
          _count: { select: { dataPoints: true } },
        },
      },
    },
  });
  if (!dataset) throw datasetNotFound();
  const published = dataset.publishedVersion;
  const draft = dataset.versions[0];
  return {
    id: dataset.id,
    metadata: toMetadata(dataset),
    createdAt: dataset.createdAt,
    updatedAt: dataset.updatedAt,
    published: published
      ? {
          versionId: published.id,
          number: published.number,
          publishedAt: published.publishedAt,
          dataPointCount: published._count.dataPoints,
        }
      : null,
    draft: draft
      ? {
          id: draft.id,
          number: draft.number,
          revision: draft.revision,
          dataPointCount: draft._count.dataPoints,
        }
      : null,
  };
}

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
