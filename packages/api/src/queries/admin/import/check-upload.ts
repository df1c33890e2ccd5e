import {
  createImportChecker,
  type DataPointInput,
  hasBlockingIssues,
  type PointSetContext,
} from "@aiml/domain";
import { type IssueReport, issueReport } from "../issue-report";
import { type CopyRows, toCopyRows } from "./copy-rows";
import type { ReportProgress } from "./import-progress";
import { readCsvUpload } from "./read-csv-upload";

/** Rows of the file shown in a preview, and keys recorded in the audit entry. */
export const SAMPLE_SIZE = 5;

/** What checking a file found: all an import needs from it, none of it as row objects. */
export interface CheckedUpload extends IssueReport {
  /** Data rows in the file (blank rows not counted). */
  rowCount: number;
  canApply: boolean;
  /** Rows that passed the schema; every row when the file can be applied. */
  pointCount: number;
  sample: DataPointInput[];
  /** The rows to write, when the file can be applied. */
  rows: CopyRows | null;
}

/** How often reading reports progress. */
const PROGRESS_EVERY_ROWS = 2_000;

/**
 * Reads and checks a CSV upload against a dataset's context: every row on its own as it is
 * parsed, then the rows as a set. CPU work only (no database), run in a worker thread.
 */
export function checkUpload(
  bytes: Uint8Array,
  context: PointSetContext,
  report: ReportProgress,
): CheckedUpload {
  const checker = createImportChecker(context);
  const total = bytes.length;
  report({ stage: "reading", done: 0, total });
  const problem = readCsvUpload(bytes, (record, bytesRead) => {
    checker.add(record);
    if (record.row % PROGRESS_EVERY_ROWS === 0)
      report({ stage: "reading", done: bytesRead, total });
  });
  if (problem) {
    return {
      rowCount: 0,
      canApply: false,
      pointCount: 0,
      sample: [],
      rows: null,
      ...issueReport([problem]),
    };
  }
  report({ stage: "checking", done: 0, total: 0 });
  const validation = checker.finish();
  const points = validation.points.map((p) => p.point);
  const canApply = points.length > 0 && !hasBlockingIssues(validation.issues);
  return {
    rowCount: validation.rowCount,
    canApply,
    pointCount: points.length,
    sample: points.slice(0, SAMPLE_SIZE),
    rows: canApply ? toCopyRows(points) : null,
    ...issueReport(validation.issues),
  };
}
