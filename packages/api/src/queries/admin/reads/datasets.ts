import type { Database } from "@aiml/db";
import { toMetadata } from "../dataset-metadata";
import { isoDate } from "../iso-date";
import { datasetNotFound } from "../not-found-errors";
import { lastEditsByDataset } from "./last-edit";

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
