import type { Database } from "@aiml/db";
import { draftNotFound } from "../not-found-errors";
import { draftConflict } from "../reads/draft-conflict";
import { nextVersionNumber } from "../reads/versions";
import { BULK_TRANSACTION } from "../transaction";
import { type Actor, recordAudit } from "./audit";
import { copyPoints } from "./copy-points";
import { lockDataset } from "./dataset-lock";
import { copySeriesLinks, deleteUnlinkedSeries } from "./series-links";

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
      attempted: "discard",
      yours: new Map(),
    });
  }
  return { id: params.draftId };
}
