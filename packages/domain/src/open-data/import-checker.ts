import type { CsvRecord } from "../admin/csv/validate-import";
import type { DataIssue } from "../admin/issues";
import { type OpenDataFormat, openDataLong } from "./formats";
import { checkOpenDataHeader, createOpenDataCollector } from "./parse-records";
import type { Observation, SeriesSpec } from "./vocabulary";

export interface OpenDataImportValidation {
  /** Data rows in the file (blank rows not counted). */
  rowCount: number;
  observationCount: number;
  /** The series the file holds (without their observations, which went to `onObservation`). */
  series: SeriesSpec[];
  issues: DataIssue[];
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");
const fileError = (code: DataIssue["code"], message: string): DataIssue => ({
  severity: "error",
  code,
  message,
  row: null,
});

/**
 * Checks a CSV upload in a dataset's open-data layout one record at a time: the header must be
 * the format's columns, every row must parse, and each observation goes to `onObservation` as
 * it is read (so a large file is never held whole). Any error blocks the import.
 */
export function createOpenDataImportChecker(
  format: OpenDataFormat,
  onObservation: (seriesKey: string, observation: Observation) => void,
) {
  let header: string[] | null = null;
  let headerIssue: DataIssue | null = null;
  const issues: DataIssue[] = [];
  let collector = createOpenDataCollector(format, { onObservation });

  return {
    add(record: CsvRecord) {
      if (isBlank(record.cells)) return;
      if (!header) {
        // Notes before the header (an export's licence and attribution lines) are skipped.
        if (record.cells[0]?.trimStart().startsWith("#")) return;
        header = record.cells.map((c) => c.trim());
        const problem = checkOpenDataHeader(format, header);
        // Every open-data dataset also takes the long layout (its own exports, a new metric).
        if (problem && format.kind !== "long" && !checkOpenDataHeader(openDataLong, header)) {
          collector = createOpenDataCollector(openDataLong, { onObservation });
        } else if (problem) {
          const long =
            format.kind === "long"
              ? ""
              : ` Any open-data dataset also takes the ${openDataLong.id} layout (${openDataLong.required.join(", ")}, …).`;
          headerIssue = fileError("columns", `${problem}${long}`);
        }
        return;
      }
      if (headerIssue) return;
      if (record.cells.length > header.length) {
        issues.push({
          severity: "error",
          code: "cell-count",
          message: `Row ${record.row}: ${record.cells.length} cells, but the header has ${header.length} columns`,
          row: record.row,
        });
        return;
      }
      const values: Record<string, string> = {};
      for (const [i, name] of header.entries()) values[name] = record.cells[i] ?? "";
      collector.add(values, record.row);
    },
    finish(): OpenDataImportValidation {
      if (!header) {
        return {
          rowCount: 0,
          observationCount: 0,
          series: [],
          issues: [fileError("empty-file", "The file is empty")],
        };
      }
      if (headerIssue)
        return { rowCount: 0, observationCount: 0, series: [], issues: [headerIssue] };
      const parsed = collector.finish();
      const rowCount = parsed.rows + issues.length;
      if (rowCount === 0) {
        const issue = fileError("empty-file", "The file has a header row but no data rows");
        return { rowCount: 0, observationCount: 0, series: [], issues: [issue] };
      }
      for (const e of parsed.errors) {
        issues.push({
          severity: "error",
          code: "invalid-cell",
          message: `Row ${e.line}: ${e.message}`,
          row: e.line,
        });
      }
      const unreported = parsed.errorCount - parsed.errors.length;
      if (unreported > 0) {
        issues.push(
          fileError("invalid-cell", `${unreported.toLocaleString("en-US")} more rows have errors`),
        );
      }
      return {
        rowCount,
        observationCount: parsed.observations,
        series: parsed.series.map(({ observations: _, ...spec }) => spec),
        issues,
      };
    },
  };
}
