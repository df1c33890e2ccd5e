import type { Database } from "@aiml/db";
import {
  type DataPointInput,
  diffCounts,
  diffDataPoints,
  hasBlockingIssues,
  validateImport,
} from "@aiml/domain";
import { type Actor, recordAudit } from "../audit";
import { loadVersionPoints } from "../data-points";
import { datasetNotFound } from "../dataset-lock";
import { draftConflict } from "../draft-conflict";
import { draftNotFound } from "../drafts";
import { insertPoints } from "../insert-points";
import { issueReport } from "../issue-report";
import { loadPointSetContext } from "../point-set-context";
import { BULK_TRANSACTION, type Tx } from "../transaction";
import { readCsvUpload } from "./read-csv-upload";

export interface CsvUpload {
  fileName?: string;
  /** The file's bytes, base64-encoded, so the server can tell UTF-8 from other encodings. */
  contentBase64: string;
}

/** Rows of the file shown in a preview, and keys recorded in the audit entry. */
const SAMPLE_SIZE = 5;

async function checkUpload(
  tx: Tx,
  dataset: { asOf: Date; sourceUrl: string | null },
  upload: CsvUpload,
) {
  const read = readCsvUpload(upload.contentBase64);
  if (!read.ok) return { rowCount: 0, points: [] as DataPointInput[], issues: [read.issue] };
  const validation = validateImport(read.records, await loadPointSetContext(tx, dataset));
  return { ...validation, points: validation.points.map((p) => p.point) };
}

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
export async function previewImport(db: Database, datasetId: string, upload: CsvUpload) {
  const dataset = await db.dataset.findUnique({
    where: { id: datasetId },
    select: { asOf: true, sourceUrl: true },
  });
  if (!dataset) throw datasetNotFound();
  const checked = await checkUpload(db, dataset, upload);
  const compared = await comparisonVersion(db, datasetId);
  const canApply = checked.points.length > 0 && !hasBlockingIssues(checked.issues);
  return {
    fileName: upload.fileName ?? null,
    rowCount: checked.rowCount,
    canApply,
    ...issueReport(checked.issues),
    sample: checked.points.slice(0, SAMPLE_SIZE),
    comparedWith: compared ? { versionNumber: compared.number, status: compared.status } : null,
    changes:
      canApply && compared
        ? diffCounts(diffDataPoints(await loadVersionPoints(db, compared.id), checked.points))
        : null,
  };
}

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
) {
  const { datasetId, draftId, revision, upload } = params;
  const conflict = () => draftConflict(db, { draftId, baseRevision: revision, yours: new Map() });
  const draft = await db.datasetVersion.findFirst({
    where: { id: draftId, datasetId },
    select: { status: true, revision: true, dataset: { select: { asOf: true, sourceUrl: true } } },
  });
  if (!draft) throw draftNotFound();
  if (draft.status !== "draft" || draft.revision !== revision) throw await conflict();

  const checked = await checkUpload(db, draft.dataset, upload);
  if (checked.points.length === 0 || hasBlockingIssues(checked.issues)) {
    return {
      status: "invalid" as const,
      rowCount: checked.rowCount,
      ...issueReport(checked.issues),
    };
  }
  const counts = diffCounts(diffDataPoints(await loadVersionPoints(db, draftId), checked.points));

  const applied = await db.$transaction(async (tx) => {
    const { count } = await tx.datasetVersion.updateMany({
      where: { id: draftId, status: "draft", revision },
      data: { revision: { increment: 1 } },
    });
    if (count === 0) return false;
    const replaced = await tx.dataPoint.deleteMany({ where: { versionId: draftId } });
    await insertPoints(tx, draftId, checked.points);
    await recordAudit(tx, actor, {
      action: "draft.import",
      entityType: "DatasetVersion",
      entityId: draftId,
      datasetId,
      before: { revision, dataPoints: replaced.count },
      after: {
        revision: revision + 1,
        fileName: upload.fileName ?? null,
        dataPoints: checked.points.length,
        changes: counts,
        sampleKeys: checked.points.slice(0, SAMPLE_SIZE).map((p) => p.key),
      },
      note: params.note ?? null,
    });
    return true;
  }, BULK_TRANSACTION);
  if (!applied) throw await conflict();

  return {
    status: "applied" as const,
    revision: revision + 1,
    rowCount: checked.rowCount,
    dataPointCount: checked.points.length,
    changes: counts,
    ...issueReport(checked.issues),
  };
}
