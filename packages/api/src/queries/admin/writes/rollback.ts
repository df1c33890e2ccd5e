import type { Database } from "@aiml/db";
import { AppError } from "../../../errors";
import { nextVersionNumber } from "../reads/versions";
import { BULK_TRANSACTION } from "../transaction";
import { type Actor, recordAudit } from "./audit";
import { copyPoints } from "./copy-points";
import { bumpDataRevision } from "./data-revision";
import { lockDataset } from "./dataset-lock";
import { copySeriesLinks } from "./series-links";

/**
 * Rolls a dataset back to an earlier version by publishing a copy of it as a new version: the
 * history is never rewritten. Refused while a draft is open, since publishing that draft later
 * would silently undo the rollback.
 */
export async function rollbackToVersion(
  db: Database,
  actor: Actor,
  params: { datasetId: string; versionId: string; note?: string },
) {
  const { datasetId, versionId } = params;
  return db.$transaction(async (tx) => {
    await lockDataset(tx, datasetId);
    const source = await tx.datasetVersion.findFirst({
      where: { id: versionId, datasetId },
      select: { id: true, number: true, status: true },
    });
    const draft = await tx.datasetVersion.findFirst({
      where: { datasetId, status: "draft" },
      select: { number: true },
    });
    const dataset = await tx.dataset.findUniqueOrThrow({
      where: { id: datasetId },
      select: { publishedVersion: { select: { id: true, number: true } } },
    });
    if (!source) throw new AppError("NOT_FOUND", "No such version of this dataset.");
    if (source.status === "draft") {
      throw new AppError("BAD_REQUEST", "A draft cannot be rolled back to: publish it instead.");
    }
    if (source.id === dataset.publishedVersion?.id) {
      throw new AppError(
        "BAD_REQUEST",
        `Version ${source.number} is already the published version.`,
      );
    }
    if (draft) {
      throw new AppError(
        "CONFLICT",
        `Version ${draft.number} is a draft in progress: publish or discard it before rolling back.`,
      );
    }

    const publishedAt = new Date();
    const note = params.note ?? `Rollback to version ${source.number}`;
    await tx.datasetVersion.updateMany({
      where: { datasetId, status: "published" },
      data: { status: "superseded" },
    });
    const version = await tx.datasetVersion.create({
      data: {
        datasetId,
        number: await nextVersionNumber(tx, datasetId),
        status: "published",
        note,
        basedOnId: source.id,
        createdById: actor.id,
        publishedById: actor.id,
        publishedAt,
      },
      select: { id: true, number: true },
    });
    const copied = await copyPoints(tx, source.id, version.id);
    const series = await copySeriesLinks(tx, source.id, version.id);
    await tx.dataset.update({ where: { id: datasetId }, data: { publishedVersionId: version.id } });
    await bumpDataRevision(tx);
    await recordAudit(tx, actor, {
      action: "version.rollback",
      entityType: "DatasetVersion",
      entityId: version.id,
      datasetId,
      before: { publishedVersion: dataset.publishedVersion?.number ?? null },
      after: {
        publishedVersion: version.number,
        copiedFrom: source.number,
        dataPoints: copied,
        ...(series > 0 ? { series } : {}),
      },
      note,
    });
    return { versionId: version.id, number: version.number, publishedAt, dataPointCount: copied };
  }, BULK_TRANSACTION);
}
