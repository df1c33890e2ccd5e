import { type Database, Prisma, transactionConnection } from "@aiml/db";
import { buildBlocks, createObservationStage, insertSeries } from "@aiml/db/observation-writes";
import type { PoolClient } from "pg";
import {
  countObservationChanges,
  countStagedChanges,
  versionLinks,
} from "../queries/admin/reads/observation-changes";
import { BULK_TRANSACTION } from "../queries/admin/transaction";
import { type Actor, recordAudit } from "../queries/admin/writes/audit";
import { deleteUnlinkedSeries } from "../queries/admin/writes/series-links";
import { OPEN_DATA_STAGE_COLUMNS } from "./check/check-open-data-upload";
import type { CheckReport } from "./check/check-upload";
import { checkUploadOnce } from "./check/checked-uploads";
import type { CopyBatch } from "./copy/copy-rows";
import { copyBatches } from "./copy/import-rows";
import {
  afterCheck,
  comparisonVersion,
  type ImportPreview,
  InvalidFile,
  reportOf,
  whileChecking,
} from "./import-steps";
import type { ReportProgress } from "./progress/import-progress";
import type { CsvUpload } from "./upload/csv-upload";

/** Memory for the sort that groups observations into blocks (the transaction's work_mem). */
const BLOCK_SORT_MEMORY = "192MB";

/** An open-data import needs no figure context: its format says what a row must hold. */
const noContext = { knownDocumentIds: new Set<string>() };

/** Loads checked observation rows into the transaction's staging table as they come. */
async function stageObservationRows(
  connection: PoolClient,
  rows: AsyncIterable<CopyBatch>,
  report: (rowsSent: number) => void,
): Promise<void> {
  await createObservationStage(connection);
  await copyBatches(
    connection,
    `COPY open_data_stage (${OPEN_DATA_STAGE_COLUMNS}) FROM STDIN`,
    rows,
    report,
  );
}

/**
 * Parses and checks a file in the dataset's open-data layout, writing nothing: row errors, and
 * how many observations an import would add, remove and change against the draft (or the
 * published version), compared in SQL.
 */
export async function previewOpenDataImport(
  db: Database,
  dataset: { id: string; importFormat: string },
  upload: CsvUpload,
  report: ReportProgress,
): Promise<ImportPreview> {
  const compared = await comparisonVersion(db, dataset.id);
  const check = await checkUploadOnce(upload.bytes, noContext, report, dataset.importFormat);
  const { checked, changes } = await db.$transaction(async (tx) => {
    const connection = await transactionConnection(db, tx);
    const checked = await whileChecking(
      check.report,
      stageObservationRows(connection, check.rows, afterCheck(report, check.report, "comparing")),
    );
    if (!checked.canApply || !compared) return { checked, changes: null };
    report({ stage: "comparing", done: checked.pointCount, total: checked.pointCount });
    return { checked, changes: await countStagedChanges(tx, compared.id) };
  }, BULK_TRANSACTION);
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
 * Series of the new draft whose metadata and blocks equal those of the series of the same key
 * it replaced are swapped back for the old ones (copy-on-write: an unchanged series of a
 * re-import costs no storage). Returns how many were swapped.
 */
async function keepUnchangedSeries(connection: PoolClient, draftId: string): Promise<number> {
  const blocksOf = (alias: string) => `(
    SELECT array_agg(ROW(b."blockStart", b."lastPeriod", b.periods, b."periodEnds", b.value,
      b.mean, b.p10, b.p25, b.p50, b.p75, b.p90, b.count, b.flags)::text ORDER BY b."blockStart")
    FROM "ObservationBlock" b WHERE b."seriesId" = ${alias}.id)`;
  const meta = (alias: string) =>
    `(${[
      "metric",
      "unit",
      '"precision"',
      '"indexBase"',
      '"countMeaning"',
      '"socCode"',
      "occupation",
      "state",
      "sector",
      "currency",
      '"postingsType"',
      '"seasonalAdjustment"',
      "attributes",
    ]
      .map((c) => `${alias}.${c}`)
      .join(", ")})`;
  await connection.query(
    `CREATE TEMP TABLE unchanged_series ON COMMIT DROP AS
    SELECT n.id AS new_id, o.id AS old_id
    FROM "VersionSeries" vs
    JOIN replaced_links r ON r."seriesKey" = vs."seriesKey"
    JOIN "ObservationSeries" n ON n.id = vs."seriesId"
    JOIN "ObservationSeries" o ON o.id = r."seriesId"
    WHERE vs."versionId" = $1 AND n.id <> o.id
      AND ${meta("n")}::text IS NOT DISTINCT FROM ${meta("o")}::text
      AND ${blocksOf("n")} IS NOT DISTINCT FROM ${blocksOf("o")}`,
    [draftId],
  );
  const { rowCount } = await connection.query(
    `UPDATE "VersionSeries" vs SET "seriesId" = u.old_id FROM unchanged_series u
     WHERE vs."versionId" = $1 AND vs."seriesId" = u.new_id`,
    [draftId],
  );
  await connection.query(
    `DELETE FROM "ObservationSeries" WHERE id IN (SELECT new_id FROM unchanged_series)`,
  );
  return rowCount ?? 0;
}

/**
 * Replaces the draft's series with the file's, all or nothing, if the draft is still at
 * `revision`: observations are copied into a staging table as the file is read, then grouped
 * into new series' blocks inside Postgres; series that did not change keep their old rows.
 */
export async function applyOpenDataImport(
  db: Database,
  actor: Actor,
  params: {
    datasetId: string;
    draftId: string;
    revision: number;
    importFormat: string;
    upload: CsvUpload;
    note?: string;
  },
  report: ReportProgress,
) {
  const { datasetId, draftId, revision, upload } = params;
  const check = await checkUploadOnce(upload.bytes, noContext, report, params.importFormat);
  const invalid = (checked: CheckReport) => ({
    status: "invalid" as const,
    rowCount: checked.rowCount,
    ...reportOf(checked),
  });
  if (check.known && !check.known.canApply) return invalid(check.known);

  try {
    const applied = await db.$transaction(async (tx) => {
      const { count } = await tx.datasetVersion.updateMany({
        where: { id: draftId, status: "draft", revision },
        data: { revision: { increment: 1 } },
      });
      if (count === 0) return null;
      const connection = await transactionConnection(db, tx);
      await connection.query(
        `CREATE TEMP TABLE replaced_links ON COMMIT DROP AS
         SELECT "seriesKey", "seriesId" FROM "VersionSeries" WHERE "versionId" = $1`,
        [draftId],
      );
      await connection.query(`DELETE FROM "VersionSeries" WHERE "versionId" = $1`, [draftId]);
      const checked = await whileChecking(
        check.report,
        stageObservationRows(connection, check.rows, afterCheck(report, check.report, "writing")),
      );
      if (!checked.canApply) throw new InvalidFile(checked);
      // Grouping a million staged rows into blocks sorts them: in memory, not in temporary files.
      await connection.query(`SET LOCAL work_mem = '${BLOCK_SORT_MEMORY}'`);
      await insertSeries(connection, {
        datasetId,
        versionId: draftId,
        series: checked.series ?? [],
      });
      const staged = checked.stagedColumns ? new Set(checked.stagedColumns) : undefined;
      await buildBlocks(connection, draftId, staged);
      const keptSeries = await keepUnchangedSeries(connection, draftId);
      const changes = await countObservationChanges(
        tx,
        Prisma.sql`SELECT "seriesKey", "seriesId" FROM replaced_links`,
        versionLinks(draftId),
      );
      // Series only the draft held before (an earlier import into it) go now.
      await deleteUnlinkedSeries(tx, datasetId);
      await recordAudit(tx, actor, {
        action: "draft.import",
        entityType: "DatasetVersion",
        entityId: draftId,
        datasetId,
        before: { revision },
        after: {
          revision: revision + 1,
          fileName: upload.fileName ?? null,
          observations: checked.pointCount,
          series: checked.series?.length ?? 0,
          unchangedSeries: keptSeries,
          changes,
        },
        note: params.note ?? null,
      });
      return { checked, changes };
    }, BULK_TRANSACTION);
    return applied;
  } catch (error) {
    if (error instanceof InvalidFile) return invalid(error.checked);
    throw error;
  }
}
