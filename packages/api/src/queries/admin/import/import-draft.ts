import { type Database, transactionConnection } from "@aiml/db";
import type { PointSetContext } from "@aiml/domain";
import { type Actor, recordAudit } from "../audit";
import { datasetNotFound } from "../dataset-lock";
import { draftConflict } from "../draft-conflict";
import { draftNotFound } from "../drafts";
import { loadPointSetContext } from "../point-set-context";
import { BULK_TRANSACTION, type Tx } from "../transaction";
import type { CheckedUpload } from "./check-upload";
import { checkUploadOnce } from "./checked-uploads";
import type { ReportProgress } from "./import-progress";
import {
  copyIntoVersion,
  countChanges,
  setAsideRows,
  stageRows,
  tableRows,
  versionRows,
} from "./import-rows";

export interface CsvUpload {
  fileName?: string;
  /**
   * The file's bytes as uploaded, so the server can tell UTF-8 from other encodings. They move
   * to the worker thread that checks them: do not use them afterwards.
   */
  bytes: Uint8Array;
}

const noProgress: ReportProgress = () => {};

/** The version an import would change: the draft, or before there is one the published version. */
async function comparisonVersion(tx: Tx, datasetId: string) {
  const draft = await tx.datasetVersion.findFirst({
    where: { datasetId, status: "draft" },
    select: { id: true, number: true, status: true },
  });
  if (draft) return draft;
  const dataset = await tx.dataset.findUnique({
    where: { id: datasetId },
    select: { publishedVersion: { select: { id: true, number: true, status: true } } },
  });
  return dataset?.publishedVersion ?? null;
}

/**
 * Parses and checks a CSV file for import into the dataset's draft, writing nothing: row-level
 * errors and warnings, and what the import would change (it replaces the draft's rows).
 */
export async function previewImport(
  db: Database,
  datasetId: string,
  upload: CsvUpload,
  report: ReportProgress = noProgress,
) {
  const dataset = await db.dataset.findUnique({
    where: { id: datasetId },
    select: { asOf: true, sourceUrl: true },
  });
  if (!dataset) throw datasetNotFound();
  const checked = await checkUploadOnce(
    upload.bytes,
    await loadPointSetContext(db, dataset),
    report,
  );
  const compared = await comparisonVersion(db, datasetId);
  const { rows } = checked;
  const changes =
    checked.canApply && rows && compared
      ? await db.$transaction(async (tx) => {
          const total = checked.pointCount;
          report({ stage: "comparing", done: 0, total });
          await stageRows(await transactionConnection(db, tx), rows, (done) =>
            report({ stage: "comparing", done, total }),
          );
          return countChanges(tx, versionRows(compared.id), tableRows("import_rows"));
        }, BULK_TRANSACTION)
      : null;
  return {
    fileName: upload.fileName ?? null,
    rowCount: checked.rowCount,
    canApply: checked.canApply,
    ...reportOf(checked),
    sample: checked.sample,
    comparedWith: compared ? { versionNumber: compared.number, status: compared.status } : null,
    changes,
  };
}

const reportOf = ({ issues, errorCount, warningCount, truncated }: CheckedUpload) => ({
  issues,
  errorCount,
  warningCount,
  truncated,
});

/**
 * Replaces the draft's rows with the file's, all or nothing, in one transaction; only if the
 * file has no errors and the draft is still at `revision`.
 */
export async function applyImport(
  db: Database,
  actor: Actor,
  params: {
    datasetId: string;
    draftId: string;
    revision: number;
    upload: CsvUpload;
    note?: string;
  },
  report: ReportProgress = noProgress,
) {
  const { datasetId, draftId, revision, upload } = params;
  const conflict = () => draftConflict(db, { draftId, baseRevision: revision, yours: new Map() });
  const draft = await db.datasetVersion.findFirst({
    where: { id: draftId, datasetId },
    select: { status: true, revision: true, dataset: { select: { asOf: true, sourceUrl: true } } },
  });
  if (!draft) throw draftNotFound();
  if (draft.status !== "draft" || draft.revision !== revision) throw await conflict();

  const context: PointSetContext = await loadPointSetContext(db, draft.dataset);
  const checked = await checkUploadOnce(upload.bytes, context, report);
  const { rows } = checked;
  if (!checked.canApply || !rows) {
    return { status: "invalid" as const, rowCount: checked.rowCount, ...reportOf(checked) };
  }

  const applied = await db.$transaction(async (tx) => {
    const { count } = await tx.datasetVersion.updateMany({
      where: { id: draftId, status: "draft", revision },
      data: { revision: { increment: 1 } },
    });
    if (count === 0) return null;
    const connection = await transactionConnection(db, tx);
    const replaced = await setAsideRows(connection, draftId);
    const total = checked.pointCount;
    report({ stage: "writing", done: 0, total });
    await copyIntoVersion(connection, draftId, rows, (done) =>
      report({ stage: "writing", done, total }),
    );
    const changes = await countChanges(tx, tableRows("replaced_rows"), versionRows(draftId));
    await recordAudit(tx, actor, {
      action: "draft.import",
      entityType: "DatasetVersion",
      entityId: draftId,
      datasetId,
      before: { revision, dataPoints: replaced },
      after: {
        revision: revision + 1,
        fileName: upload.fileName ?? null,
        dataPoints: checked.pointCount,
        changes,
        sampleKeys: checked.sample.map((p) => p.key),
      },
      note: params.note ?? null,
    });
    return changes;
  }, BULK_TRANSACTION);
  if (!applied) throw await conflict();

  return {
    status: "applied" as const,
    revision: revision + 1,
    rowCount: checked.rowCount,
    dataPointCount: checked.pointCount,
    changes: applied,
    ...reportOf(checked),
  };
}
