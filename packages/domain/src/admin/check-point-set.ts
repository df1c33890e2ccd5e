import type { DataPointInput } from "../benchmarks/schemas";
import { checkDataPoints } from "../quality/rules";
import type { QualityContext } from "../quality/types";
import type { DataIssue } from "./issues";

export interface PointSetContext extends QualityContext {
  /** The source documents that exist; a point naming another one cannot be saved. */
  knownDocumentIds: ReadonlySet<string>;
}

/** Where a point sits, for messages: a spreadsheet row in an import, or just its key. */
export interface PointLocation {
  row: number | null;
  /** How a message names the point: `Row 7` or `"base-salary.entry"`. */
  name: string;
}

const byKey = (point: DataPointInput): PointLocation => ({ row: null, name: `"${point.key}"` });

/**
 * The quality rules (checkDataPoints) and the source-document check over a whole set of points
 * that have passed `dataPointInputSchema`, as issues whose messages name their row.
 */
export function checkPointSet(
  points: readonly DataPointInput[],
  context: PointSetContext,
  locate: (index: number) => PointLocation = (i) => byKey(points[i] as DataPointInput),
): DataIssue[] {
  const issues: DataIssue[] = [];
  points.forEach((point, i) => {
    if (point.document === undefined || context.knownDocumentIds.has(point.document)) return;
    const { row, name } = locate(i);
    issues.push({
      severity: "error",
      code: "unknown-document",
      message: `${name}: there is no source document "${point.document}"`,
      row,
      key: point.key,
      field: "document",
    });
  });

  for (const quality of checkDataPoints(points, context)) {
    if (quality.index === null) {
      issues.push({
        severity: quality.severity,
        code: quality.code,
        message: quality.message,
        row: null,
      });
      continue;
    }
    const { row, name } = locate(quality.index);
    const related = (quality.relatedIndexes ?? []).map((i) => locate(i));
    const relatedRows = related.flatMap((r) => (r.row === null ? [] : [r.row]));
    const see = related.length > 0 ? ` (see ${related.map((r) => r.name).join(", ")})` : "";
    issues.push({
      severity: quality.severity,
      code: quality.code,
      message: `${name}: ${quality.message}${see}`,
      row,
      key: points[quality.index]?.key,
      ...(quality.field ? { field: quality.field } : {}),
      ...(relatedRows.length > 0 ? { relatedRows } : {}),
    });
  }
  return issues;
}
