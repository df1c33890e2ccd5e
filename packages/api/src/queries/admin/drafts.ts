import type { Database } from "@aiml/db";
import { checkPointSet } from "@aiml/domain";
import { AppError } from "../../errors";
import { type Actor, recordAudit } from "./audit";
import { copyPoints, loadVersionPoints } from "./data-points";
import { datasetNotFound, lockDataset } from "./dataset-lock";
import { draftConflict } from "./draft-conflict";
import { issueReport } from "./issue-report";
import { lastEditOf } from "./last-edit";
import { loadPointSetContext } from "./point-set-context";
import { copySeriesLinks, deleteUnlinkedSeries, versionSeriesCounts } from "./series-links";
import { BULK_TRANSACTION, type Tx } from "./transaction";

export const draftNotFound = () =>
  new AppError("NOT_FOUND", "No such draft: it may have been published or discarded.");

/** The number for a dataset's next version: one above its highest. */
export async function nextVersionNumber(tx: Tx, datasetId: string): Promise<number> {
  const { _max } = await tx.datasetVersion.aggregate({
    where: { datasetId },
    _max: { number: true },
  });
  return (_max.number ?? 0) + 1;
}

/**
 * The dataset's draft with one page of its rows and the quality issues of all of them; `draft`
 * is null when nobody has started editing (see startDraft).
 */
export async function getDraft(
  db: Database,
  params: { datasetId: string; offset: number; limit: number },
) {
  const dataset = await db.dataset.findUnique({
    where: { id: params.datasetId },
    select: {
      id: true,
      slug: true,
      title: true,
      asOf: true,
      sourceUrl: true,
      importFormat: true,
    },
  });
  if (!dataset) throw datasetNotFound();
  const draft = await db.datasetVersion.findFirst({
    where: { datasetId: dataset.id, status: "draft" },
    include: { createdBy: { select: { email: true } } },
  });
  const info = { id: dataset.id, slug: dataset.slug, title: dataset.title };
  if (!draft) return { dataset: info, draft: null };

  const [points, context, lastEdit, basedOn, observations] = await Promise.all([
    loadVersionPoints(db, draft.id),
    loadPointSetContext(db, dataset),
    lastEditOf(db, draft.id),
    draft.basedOnId
      ? db.datasetVersion.findUnique({ where: { id: draft.basedOnId }, select: { number: true } })
      : null,
    // Open data: counted in SQL, read a page at a time through admin.observations.list.
    dataset.importFormat ? versionSeriesCounts(db, draft.id) : null,
  ]);
  return {
    dataset: info,
    draft: {
      id: draft.id,
      number: draft.number,
      revision: draft.revision,
      basedOnVersionNumber: basedOn?.number ?? null,
      createdBy: draft.createdBy?.email ?? null,
      createdAt: draft.createdAt,
      lastEditedBy: lastEdit?.by ?? null,
      lastEditedAt: lastEdit?.at ?? draft.updatedAt,
      totalRows: points.length,
      /** Open-data drafts: their series and observations (null for article datasets). */
      seriesCount: observations?.series ?? null,
      observationCount: observations?.observations ?? null,
      offset: params.offset,
      rows: points.slice(params.offset, params.offset + params.limit),
      ...issueReport(checkPointSet(points, context)),
    },
  };
}

/**
 * "Start editing": the dataset's draft, created if there is none as a new version holding a
 * copy of the published version's points. Idempotent: an existing draft is returned as it is.
 */
export async function startDraft(db: Database, actor: Actor, datasetId: string) {
  return db.$transaction(async (tx) => {
    await lockDataset(tx, datasetId);
    const existing = await tx.datasetVersion.findFirst({
      where: { datasetId, status: "draft" },
      select: { id: true, number: true, revision: true },
    });
    if (existing) return { ...existing, created: false };

    const dataset = await tx.dataset.findUniqueOrThrow({
      where: { id: datasetId },
      select: { publishedVersion: { select: { id: true, number: true } } },
    });
    const published = dataset.publishedVersion;
    const draft = await tx.datasetVersion.create({
      data: {
        datasetId,
        number: await nextVersionNumber(tx, datasetId),
        status: "draft",
        basedOnId: published?.id ?? null,
        createdById: actor.id,
      },
      select: { id: true, number: true, revision: true },
    });
    const copied = published ? await copyPoints(tx, published.id, draft.id) : 0;
    const series = published ? await copySeriesLinks(tx, published.id, draft.id) : 0;
    await recordAudit(tx, actor, {
      action: "draft.start",
      entityType: "DatasetVersion",
      entityId: draft.id,
      datasetId,
      after: {
        version: draft.number,
        basedOnVersion: published?.number ?? null,
        dataPoints: copied,
        ...(series > 0 ? { series } : {}),
      },
    });
    return { ...draft, created: true };
  }, BULK_TRANSACTION);
}

/** Throws away a draft and its rows, if it is still at the revision the admin last saw. */
export async function discardDraft(
  db: Database,
  actor: Actor,
  params: { datasetId: string; draftId: string; revision: number },
) {
  const discarded = await db.$transaction(async (tx) => {
    const draft = await tx.datasetVersion.findFirst({
      where: { id: params.draftId, datasetId: params.datasetId, status: "draft" },
      select: { number: true, _count: { select: { dataPoints: true, series: true } } },
    });
    if (!draft) throw draftNotFound();
    const { count } = await tx.datasetVersion.deleteMany({
      where: { id: params.draftId, status: "draft", revision: params.revision },
    });
    if (count === 0) return false;
    await deleteUnlinkedSeries(tx, params.datasetId);
    await recordAudit(tx, actor, {
      action: "draft.discard",
      entityType: "DatasetVersion",
      entityId: params.draftId,
      datasetId: params.datasetId,
      before: {
        version: draft.number,
        revision: params.revision,
        dataPoints: draft._count.dataPoints,
        ...(draft._count.series > 0 ? { series: draft._count.series } : {}),
      },
    });
    return true;
  });
  if (!discarded) {
    throw await draftConflict(db, {
      draftId: params.draftId,
      baseRevision: params.revision,
      yours: new Map(),
    });
  }
  return { id: params.draftId };
}
