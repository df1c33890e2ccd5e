import type { Database } from "@aiml/db";
import { AppError } from "../../../errors";
import { draftNotFound } from "../not-found-errors";
import { draftConflict } from "../reads/draft-conflict";
import { type Actor, recordAudit } from "./audit";
import { bumpDataRevision } from "./data-revision";
import { lockDataset } from "./dataset-lock";

class StaleRevision extends Error {}

/**
 * Publishes a draft, all in one transaction: the draft becomes the published version, the
 * previous one is superseded, the dataset points at the new one, the data revision is bumped
 * (so every cache of public pages reloads) and the audit entry is written. If any step fails,
 * nothing changes. The draft must still be at `revision`, the state the admin reviewed.
 */
export async function publishDraft(
  db: Database,
  actor: Actor,
  params: { datasetId: string; draftId: string; revision: number; note?: string },
) {
  const { datasetId, draftId, revision } = params;
  try {
    return await db.$transaction(async (tx) => {
      await lockDataset(tx, datasetId);
      const draft = await tx.datasetVersion.findFirst({
        where: { id: draftId, datasetId },
        select: {
          number: true,
          status: true,
          _count: { select: { dataPoints: true, series: true } },
        },
      });
      if (!draft) throw draftNotFound();
      if (draft._count.dataPoints === 0 && draft._count.series === 0 && draft.status === "draft") {
        throw new AppError(
          "BAD_REQUEST",
          "This draft has no data points: add some before publishing.",
        );
      }
      const publishedAt = new Date();
      const { count } = await tx.datasetVersion.updateMany({
        where: { id: draftId, status: "draft", revision },
        data: {
          status: "published",
          publishedAt,
          publishedById: actor.id,
          revision: { increment: 1 },
          ...(params.note ? { note: params.note } : {}),
        },
      });
      if (count === 0) throw new StaleRevision();

      const previous = await tx.dataset.findUniqueOrThrow({
        where: { id: datasetId },
        select: { publishedVersion: { select: { id: true, number: true } } },
      });
      await tx.datasetVersion.updateMany({
        where: { datasetId, status: "published", id: { not: draftId } },
        data: { status: "superseded" },
      });
      await tx.dataset.update({ where: { id: datasetId }, data: { publishedVersionId: draftId } });
      await bumpDataRevision(tx);
      await recordAudit(tx, actor, {
        action: "version.publish",
        entityType: "DatasetVersion",
        entityId: draftId,
        datasetId,
        before: { publishedVersion: previous.publishedVersion?.number ?? null },
        after: {
          publishedVersion: draft.number,
          dataPoints: draft._count.dataPoints,
          ...(draft._count.series > 0 ? { series: draft._count.series } : {}),
        },
        note: params.note ?? null,
      });
      return {
        versionId: draftId,
        number: draft.number,
        publishedAt,
        dataPointCount: draft._count.dataPoints,
      };
    });
  } catch (error) {
    if (error instanceof StaleRevision) {
      throw await draftConflict(db, {
        draftId,
        baseRevision: revision,
        attempted: "publish",
        yours: new Map(),
      });
    }
    throw error;
  }
}
