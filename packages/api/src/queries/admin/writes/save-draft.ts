import type { Database } from "@aiml/db";
import {
  checkPointSet,
  type DataPointDiff,
  type DataPointInput,
  diffCounts,
  diffDataPoints,
  hasBlockingIssues,
  limitDiff,
} from "@aiml/domain";
import { AppError } from "../../../errors";
import { pointColumns } from "../data-point-row";
import { issueReport } from "../issue-report";
import { draftNotFound } from "../not-found-errors";
import { draftConflict } from "../reads/draft-conflict";
import { loadPointSetContext } from "../reads/point-set-context";
import { loadVersionPoints } from "../reads/version-points";
import type { Tx } from "../transaction";
import { type Actor, recordAudit } from "./audit";
import { insertPoints } from "./insert-points";

/** Rows to add or replace (matched by key) and keys of rows to delete. */
export interface DraftChanges {
  upsert: DataPointInput[];
  delete: string[];
}

/** Field-level changes of at most this many rows go into the audit entry of one save. */
const AUDIT_SAMPLE = 20;

/** Thrown inside the transaction to roll it back when the draft moved on; never escapes. */
class StaleRevision extends Error {}

function checkChangeSet(changes: DraftChanges, current: ReadonlyMap<string, DataPointInput>) {
  const upserted = new Set<string>();
  for (const { key } of changes.upsert) {
    if (upserted.has(key))
      throw new AppError("BAD_REQUEST", `Row "${key}" is changed twice in one save.`);
    upserted.add(key);
  }
  for (const key of changes.delete) {
    if (upserted.has(key)) {
      throw new AppError("BAD_REQUEST", `Row "${key}" is both changed and deleted in one save.`);
    }
    if (!current.has(key)) throw new AppError("BAD_REQUEST", `There is no row "${key}" to delete.`);
  }
}

/** The draft's rows after the changes: replaced rows keep their place, new ones go last. */
function applyChanges(current: readonly DataPointInput[], changes: DraftChanges): DataPointInput[] {
  const replacements = new Map(changes.upsert.map((p) => [p.key, p]));
  const deleted = new Set(changes.delete);
  const kept = current.filter((p) => !deleted.has(p.key)).map((p) => replacements.get(p.key) ?? p);
  const existing = new Set(current.map((p) => p.key));
  return [...kept, ...changes.upsert.filter((p) => !existing.has(p.key))];
}

/** Applies a diff to a draft's rows: changed rows keep their place, added ones go last. */
async function writeDiff(
  tx: Tx,
  draftId: string,
  diff: DataPointDiff,
  next: ReadonlyMap<string, DataPointInput>,
) {
  await tx.dataPoint.deleteMany({
    where: { versionId: draftId, key: { in: diff.removed.map((p) => p.key) } },
  });
  for (const { key } of diff.changed) {
    await tx.dataPoint.update({
      where: { versionId_key: { versionId: draftId, key } },
      data: pointColumns(next.get(key) as DataPointInput),
    });
  }
  const { _max } = await tx.dataPoint.aggregate({
    where: { versionId: draftId },
    _max: { sortOrder: true },
  });
  await insertPoints(tx, draftId, diff.added, (_max.sortOrder ?? -1) + 1);
}

/**
 * Saves edits to a draft that is still at `revision`, the one the editor started from. Rows are
 * checked as a whole set first: errors block the save (nothing is written) and come back with
 * the warnings. A draft changed since `revision` is a CONFLICT carrying the current rows.
 */
export async function saveDraft(
  db: Database,
  actor: Actor,
  params: {
    datasetId: string;
    draftId: string;
    revision: number;
    changes: DraftChanges;
    note?: string;
  },
) {
  const { datasetId, draftId, revision, changes } = params;
  const yours = new Map<string, DataPointInput | null>([
    ...changes.upsert.map((p): [string, DataPointInput] => [p.key, p]),
    ...changes.delete.map((key): [string, null] => [key, null]),
  ]);
  const conflict = () =>
    draftConflict(db, { draftId, baseRevision: revision, attempted: "save", yours });

  const draft = await db.datasetVersion.findFirst({
    where: { id: draftId, datasetId },
    select: {
      status: true,
      revision: true,
      dataset: { select: { asOf: true, sourceUrl: true, importFormat: true } },
    },
  });
  if (!draft) throw draftNotFound();
  if (draft.dataset.importFormat) {
    throw new AppError(
      "BAD_REQUEST",
      "This dataset holds open data (observations over time), not figures: change it by importing its CSV file.",
    );
  }
  if (draft.status !== "draft" || draft.revision !== revision) throw await conflict();

  // Read at `revision`: if the draft moves on before the write below, that write finds no row.
  const current = await loadVersionPoints(db, draftId);
  const currentByKey = new Map(current.map((p) => [p.key, p]));
  checkChangeSet(changes, currentByKey);
  const next = applyChanges(current, changes);
  const issues = checkPointSet(next, await loadPointSetContext(db, draft.dataset));
  if (hasBlockingIssues(issues)) return { status: "invalid" as const, ...issueReport(issues) };

  const diff = diffDataPoints(current, next);
  const counts = diffCounts(diff);
  const saved = (newRevision: number) => ({
    status: "saved" as const,
    revision: newRevision,
    dataPointCount: next.length,
    counts,
    ...issueReport(issues),
  });
  if (counts.added + counts.removed + counts.changed === 0) return saved(revision);

  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.datasetVersion.updateMany({
        where: { id: draftId, status: "draft", revision },
        data: { revision: { increment: 1 } },
      });
      if (count === 0) throw new StaleRevision();
      await writeDiff(tx, draftId, diff, new Map(next.map((p) => [p.key, p])));
      await recordAudit(tx, actor, {
        action: "draft.save",
        entityType: "DatasetVersion",
        entityId: draftId,
        datasetId,
        before: { revision },
        after: { revision: revision + 1, ...limitDiff(diff, AUDIT_SAMPLE) },
        note: params.note ?? null,
      });
    });
  } catch (error) {
    if (error instanceof StaleRevision) throw await conflict();
    throw error;
  }
  return saved(revision + 1);
}
