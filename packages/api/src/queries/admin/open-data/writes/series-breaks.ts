import type { Database } from "@aiml/db";
import type { SeriesBreakInput } from "@aiml/domain";
import { AppError } from "../../../../errors";
import { draftNotFound } from "../../not-found-errors";
import { type Actor, recordAudit } from "../../writes/audit";
import { lockDataset } from "../../writes/dataset-lock";
import { shownBreak } from "../series-break-row";

const breakNotFound = () => new AppError("NOT_FOUND", "No such series break in this draft.");
const staleDraft = () =>
  new AppError(
    "CONFLICT",
    "The draft changed since you loaded it (another admin saved, imported or edited a break): reload it and try again.",
  );

type DraftRef = { datasetId: string; draftId: string; revision: number };
type Change =
  | { kind: "create"; value: SeriesBreakInput }
  | { kind: "update"; breakId: number; value: SeriesBreakInput }
  | { kind: "delete"; breakId: number };

/**
 * Creates, changes or deletes a series break of a draft still at `revision`, bumping the
 * revision (so a publish of what an admin reviewed before the change is refused) and recording
 * it in the audit log. The public charts show it once the draft is published.
 */
export async function changeBreak(db: Database, actor: Actor, ref: DraftRef, change: Change) {
  return db.$transaction(async (tx) => {
    await lockDataset(tx, ref.datasetId);
    const draft = await tx.datasetVersion.findFirst({
      where: { id: ref.draftId, datasetId: ref.datasetId, status: "draft" },
      select: { id: true, number: true, revision: true },
    });
    if (!draft) throw draftNotFound();
    if (draft.revision !== ref.revision) throw staleDraft();
    const existing =
      change.kind === "create"
        ? null
        : await tx.seriesBreak.findFirst({ where: { id: change.breakId, versionId: draft.id } });
    if (change.kind !== "create" && !existing) throw breakNotFound();
    const data = (value: SeriesBreakInput) => ({
      at: new Date(`${value.at}T00:00:00Z`),
      dimension: value.dimension,
      fromCodes: value.fromCodes,
      toCodes: value.toCodes,
      description: value.description,
    });
    const saved =
      change.kind === "create"
        ? await tx.seriesBreak.create({
            data: { ...data(change.value), datasetId: ref.datasetId, versionId: draft.id },
          })
        : change.kind === "update"
          ? await tx.seriesBreak.update({ where: { id: change.breakId }, data: data(change.value) })
          : await tx.seriesBreak.delete({ where: { id: change.breakId } });
    await tx.datasetVersion.update({
      where: { id: draft.id },
      data: { revision: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      action: `break.${change.kind}`,
      entityType: "SeriesBreak",
      entityId: String(saved.id),
      datasetId: ref.datasetId,
      ...(existing ? { before: shownBreak(existing) } : {}),
      ...(change.kind === "delete" ? {} : { after: shownBreak(saved) }),
      note: `draft version ${draft.number}, revision ${draft.revision + 1}`,
    });
    return {
      revision: draft.revision + 1,
      break: change.kind === "delete" ? null : shownBreak(saved),
    };
  });
}
