import type { DataPointInput } from "@aiml/domain";
import type { IssueReport } from "../queries/admin/issue-report";
import type { Tx } from "../queries/admin/transaction";
import type { CheckReport } from "./check/check-upload";
import type { ChangeCounts } from "./copy/import-rows";
import type { ReportProgress } from "./progress/import-progress";

/** What a preview of an import answers, for figures and for open data alike. */
export interface ImportPreview extends IssueReport {
  fileName: string | null;
  rowCount: number;
  canApply: boolean;
  /** The file's first rows (figures only). */
  sample: DataPointInput[];
  comparedWith: { versionNumber: number; status: "draft" | "published" | "superseded" } | null;
  /** Rows (figures) or observations (open data) the import would add, remove and change. */
  changes: ChangeCounts | null;
}

// Steps shared by the imports of figures and of open data.

export const noProgress: ReportProgress = () => {};

/** The version an import would change: the draft, or before there is one the published version. */
export async function comparisonVersion(tx: Tx, datasetId: string) {
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
 * Reports a writer's progress under `stage`, once the check is over: while the file is still
 * being read, the reading is the news (the rows are written as they come, behind it).
 */
export function afterCheck(
  report: ReportProgress,
  checked: Promise<CheckReport>,
  stage: "comparing" | "writing",
) {
  let total: number | null = null;
  checked.then(
    (done) => {
      total = done.pointCount;
    },
    () => {},
  );
  return (done: number) => {
    if (total !== null) report({ stage, done, total });
  };
}

/**
 * Waits for a check and for the writing of its rows, which runs meanwhile. A file that fails its
 * check may well fail in the database too (a duplicate key, an unknown document): then the
 * check's report is the answer, not the database's error.
 */
export async function whileChecking(report: Promise<CheckReport>, writing: Promise<void>) {
  const writeError = writing.then(
    () => null,
    (error: unknown) => ({ error }),
  );
  const checked = await report;
  const failed = await writeError;
  if (failed && checked.canApply) throw failed.error;
  return checked;
}

export const reportOf = ({ issues, errorCount, warningCount, truncated }: CheckReport) => ({
  issues,
  errorCount,
  warningCount,
  truncated,
});

/** A file found to have errors while its rows were being written: the transaction is undone. */
export class InvalidFile extends Error {
  constructor(readonly checked: CheckReport) {
    super("The file has errors");
  }
}
