import type { QualityIssueCode, QualitySeverity } from "../quality/types";

export const importIssueCodes = [
  /** The upload is empty, or has a header and no data rows. */
  "empty-file",
  /** The bytes are not UTF-8 text (another encoding, or a binary file such as .xlsx). */
  "encoding",
  /** The text is not well-formed CSV (an unclosed quote…). */
  "csv-syntax",
  /** Required columns are missing, or a column is unknown or repeated. */
  "columns",
  /** A row has more cells than the header has columns. */
  "cell-count",
  /** The file has more rows than one import takes. */
  "too-many-rows",
  /** A cell's value is not valid for its column. */
  "invalid-cell",
] as const;
export type ImportIssueCode = (typeof importIssueCodes)[number];

export type DataIssueCode = QualityIssueCode | ImportIssueCode | "unknown-document";

/**
 * A problem with data an admin is saving or importing. Errors block the save or import; warnings
 * are shown for a human to judge. The message names the row and stands on its own.
 */
export interface DataIssue {
  severity: QualitySeverity;
  code: DataIssueCode;
  message: string;
  /** In an import, the spreadsheet row (the header is row 1); null for the file as a whole or outside imports. */
  row: number | null;
  /** The data point's key, when the row has one. */
  key?: string;
  /** The field (CSV column) the issue is about. */
  field?: string;
  /** Other rows involved (imports): the first use of a duplicated key, a total's components. */
  relatedRows?: number[];
}

export function hasBlockingIssues(issues: readonly DataIssue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

export function countIssues(issues: readonly DataIssue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === "error").length;
  return { errors, warnings: issues.length - errors };
}
