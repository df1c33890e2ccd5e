import {
  createImportChecker,
  type DataPointInput,
  hasBlockingIssues,
  type PointSetContext,
  type SeriesSpec,
} from "@aiml/domain";
import { type IssueReport, issueReport } from "../../queries/admin/issue-report";
import { type CopyBatch, createCopyEncoder } from "../copy/copy-rows";
import type { ReportProgress } from "../progress/import-progress";
import { readCsvUpload } from "../upload/read-csv-upload";

/** Rows of the file shown in a preview, and keys recorded in the audit entry. */
export const SAMPLE_SIZE = 5;

/** What checking a file found, besides its rows. */
export interface CheckReport extends IssueReport {
  /** Data rows in the file (blank rows not counted). */
  rowCount: number;
  canApply: boolean;
  /** Rows that passed the schema; every row when the file can be applied. */
  pointCount: number;
  sample: DataPointInput[];
  /** An open-data file's series (its observations are the rows). */
  series?: SeriesSpec[];
  /** The staging table's columns some of an open-data file's observations have a value in. */
  stagedColumns?: string[];
}

/** How often reading reports progress. */
const PROGRESS_EVERY_ROWS = 2_000;

/**
 * Reads and checks a CSV upload against a dataset's context: every row on its own as it is
 * parsed, then the rows as a set. Each row that passes the schema goes out at once, in batches,
 * as COPY rows (`sendRows`), so that they can be written while reading goes on; they are only
 * used when the whole file turns out to be valid. CPU work only, run in a worker thread.
 */
export function checkUpload(
  bytes: Uint8Array,
  context: PointSetContext,
  report: ReportProgress,
  sendRows: (batch: CopyBatch) => void,
): CheckReport {
  const checker = createImportChecker(context);
  const rows = createCopyEncoder(sendRows);
  report({ stage: "reading", done: 0, total: bytes.length });
  const problem = readCsvUpload(bytes, (record, done, total) => {
    const point = checker.add(record);
    if (point) rows.add(point);
    if (record.row % PROGRESS_EVERY_ROWS === 0) report({ stage: "reading", done, total });
  });
  rows.flush();
  if (problem) {
    return { rowCount: 0, canApply: false, pointCount: 0, sample: [], ...issueReport([problem]) };
  }
  report({ stage: "checking", done: 0, total: 0 });
  const validation = checker.finish();
  const pointCount = validation.points.length;
  return {
    rowCount: validation.rowCount,
    canApply: pointCount > 0 && !hasBlockingIssues(validation.issues),
    pointCount,
    sample: validation.points.slice(0, SAMPLE_SIZE).map((p) => p.point),
    ...issueReport(validation.issues),
  };
}
