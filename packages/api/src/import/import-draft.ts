import { type Database, transactionConnection } from "@aiml/db";
import { datasetNotFound, draftNotFound } from "../queries/admin/not-found-errors";
import { draftConflict } from "../queries/admin/reads/draft-conflict";
import { loadPointSetContext } from "../queries/admin/reads/point-set-context";
import { BULK_TRANSACTION } from "../queries/admin/transaction";
import { type Actor, recordAudit } from "../queries/admin/writes/audit";
import type { CheckReport } from "./check/check-upload";
import { checkUploadOnce } from "./check/checked-uploads";
import {
  copyIntoVersion,
  countChanges,
  setAsideRows,
  stageRows,
  tableRows,
  versionRows,
} from "./copy/import-rows";
import { applyOpenDataImport, previewOpenDataImport } from "./import-open-data";
import {
  afterCheck,
  comparisonVersion,
  type ImportPreview,
  InvalidFile,
  noProgress,
  reportOf,
  whileChecking,
} from "./import-steps";
import type { ReportProgress } from "./progress/import-progress";
import type { CsvUpload } from "./upload/csv-upload";

/**
 * Parses and checks a CSV file for import into the dataset's draft, writing nothing: row-level
 * errors and warnings, and what the import would change (it replaces the draft's rows). The
 * rows are loaded into a temporary table while the file is still being read, to be compared
 * with the draft's in SQL.
 */
export async function previewImport(
  db: Database,
  datasetId: string,
  upload: CsvUpload,
  report: ReportProgress = noProgress,
): Promise<ImportPreview> {
  const dataset = await db.dataset.findUnique({
    where: { id: datasetId },
    select: { asOf: true, sourceUrl: true, importFormat: true },
  });
  if (!dataset) throw datasetNotFound();
  if (dataset.importFormat) {
    const openData = { id: datasetId, importFormat: dataset.importFormat };
    return previewOpenDataImport(db, openData, upload, report);
  }
  const context = await loadPointSetContext(db, dataset);
  const compared = await comparisonVersion(db, datasetId);
  const check = await checkUploadOnce(upload.bytes, context, report);
  const { checked, changes } = compared
    ? await db.$transaction(async (tx) => {
        const connection = await transactionConnection(db, tx);
        const checked = await whileChecking(
          check.report,
          stageRows(connection, check.rows, afterCheck(report, check.report, "comparing")),
        );
        if (!checked.canApply) return { checked, changes: null };
        report({ stage: "comparing", done: checked.pointCount, total: checked.pointCount });
        const changes = await countChanges(tx, versionRows(compared.id), tableRows("import_rows"));
        return { checked, changes };
      }, BULK_TRANSACTION)
    : { checked: await check.report, changes: null };
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

/**
 * Replaces the draft's rows with the file's, all or nothing, in one transaction; only if the
 * file has no errors and the draft is still at `revision`. Rows are written as the file is
 * read; a file that turns out to have errors undoes the transaction.
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
  const conflict = () =>
    draftConflict(db, { draftId, baseRevision: revision, attempted: "import", yours: new Map() });
  const draft = await db.datasetVersion.findFirst({
    where: { id: draftId, datasetId },
    select: {
      status: true,
      revision: true,
      dataset: { select: { asOf: true, sourceUrl: true, importFormat: true } },
    },
  });
  if (!draft) throw draftNotFound();
  if (draft.status !== "draft" || draft.revision !== revision) throw await conflict();
  const { importFormat } = draft.dataset;
  if (importFormat) {
    const openData = await applyOpenDataImport(db, actor, { ...params, importFormat }, report);
    if (!openData) throw await conflict();
    if ("status" in openData) return openData;
    return {
      status: "applied" as const,
      revision: revision + 1,
      rowCount: openData.checked.rowCount,
      dataPointCount: openData.checked.pointCount,
      changes: openData.changes,
      ...reportOf(openData.checked),
    };
  }

  const check = await checkUploadOnce(
    upload.bytes,
    await loadPointSetContext(db, draft.dataset),
    report,
  );
  const invalid = (checked: CheckReport) => ({
    status: "invalid" as const,
    rowCount: checked.rowCount,
    ...reportOf(checked),
  });
  // Checked by a recent preview and found wanting: nothing to start.
  if (check.known && !check.known.canApply) return invalid(check.known);

  let applied: { changes: Awaited<ReturnType<typeof countChanges>>; checked: CheckReport } | null;
  try {
    applied = await db.$transaction(async (tx) => {
      const { count } = await tx.datasetVersion.updateMany({
        where: { id: draftId, status: "draft", revision },
        data: { revision: { increment: 1 } },
      });
      if (count === 0) return null;
      const connection = await transactionConnection(db, tx);
      const replaced = await setAsideRows(connection, draftId);
      const checked = await whileChecking(
        check.report,
        copyIntoVersion(
          connection,
          draftId,
          check.rows,
          afterCheck(report, check.report, "writing"),
        ),
      );
      if (!checked.canApply) throw new InvalidFile(checked);
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
      return { changes, checked };
    }, BULK_TRANSACTION);
  } catch (error) {
    if (error instanceof InvalidFile) return invalid(error.checked);
    throw error;
  }
  if (!applied) throw await conflict();

  const { checked, changes } = applied;
  return {
    status: "applied" as const,
    revision: revision + 1,
    rowCount: checked.rowCount,
    dataPointCount: checked.pointCount,
    changes,
    ...reportOf(checked),
  };
}

export type { CsvUpload } from "./upload/csv-upload";
