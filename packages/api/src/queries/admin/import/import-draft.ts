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
import type { CopyRows } from "./copy-rows";
import type { ReportProgress } from "./import-progress";
import { countStagedChanges, insertStagedRows, stageRows } from "./staged-rows";

export interface CsvUpload {
  fileName?: string;
  /** The file's bytes, base64-encoded, so the server can tell UTF-8 from other encodings. */
  contentBase64: string;
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

/** Loads the rows into the transaction's staging table, reporting them under `stage`. */
async function stage(
  db: Database,
  tx: Tx,
  rows: CopyRows,
  report: ReportProgress,
  stageName: "comparing" | "writing",
) {
  const total = rows.batches.at(-1)?.rows ?? 0;
  report({ stage: stageName, done: 0, total });
  await stageRows(await transactionConnection(db, tx), rows, (done) =>
    report({ stage: stageName, done, total }),
  );
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
    upload.contentBase64,
    await loadPointSetContext(db, dataset),
    report,
  );
  const compared = await comparisonVersion(db, datasetId);
  const { rows } = checked;
  const changes =
    checked.canApply && rows && compared
      ? await db.$transaction(async (tx) => {
          await stage(db, tx, rows, report, "comparing");
          return countStagedChanges(tx, compared.id);
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
  const checked = await checkUploadOnce(upload.contentBase64, context, report);
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
    await stage(db, tx, rows, report, "writing");
    const changes = await countStagedChanges(tx, draftId);
    report({ stage: "saving", done: 0, total: checked.pointCount });
    const replaced = await tx.dataPoint.deleteMany({ where: { versionId: draftId } });
    await insertStagedRows(tx, draftId, checked.pointCount, (done) =>
      report({ stage: "saving", done, total: checked.pointCount }),
    );
    await recordAudit(tx, actor, {
      action: "draft.import",
      entityType: "DatasetVersion",
      entityId: draftId,
      datasetId,
      before: { revision, dataPoints: replaced.count },
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
