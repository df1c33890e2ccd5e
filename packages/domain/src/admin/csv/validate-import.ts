import { type DataPointInput, dataPointInputSchema } from "../../benchmarks/schemas";
import { statistics, units } from "../../benchmarks/vocabulary";
import { checkPointSet, type PointSetContext } from "../check-point-set";
import type { DataPointField } from "../data-point-fields";
import type { DataIssue } from "../issues";
import {
  type CellResult,
  readAmount,
  readCode,
  readFlag,
  readText,
  readWholeNumber,
} from "./cells";
import { type ColumnMatch, matchColumns } from "./columns";

/** One parsed CSV record and its spreadsheet row (the header is row 1; a value spanning lines is one row). */
export interface CsvRecord {
  row: number;
  cells: readonly string[];
}

export interface ImportedPoint {
  row: number;
  point: DataPointInput;
}

export interface ImportValidation {
  /** Data rows in the file (blank rows not counted). */
  rowCount: number;
  /** The rows that passed the schema; every row when there are no errors. */
  points: ImportedPoint[];
  /** Errors and warnings, file-wide ones first, then by row. */
  issues: DataIssue[];
}

/** One import replaces a draft's rows; more than this is not one benchmark dataset. */
export const MAX_IMPORT_ROWS = 200_000;

const readers: Record<DataPointField, (cell: string) => CellResult<string | number | boolean>> = {
  key: readText,
  label: readText,
  metric: readCode,
  statistic: readCode,
  unit: readCode,
  value: readAmount,
  low: readAmount,
  high: readAmount,
  highOpen: readFlag,
  approximate: readFlag,
  role: readText,
  company: readText,
  industry: readText,
  level: readText,
  location: readText,
  specialization: readText,
  skill: readText,
  education: readText,
  year: readWholeNumber,
  baseYear: readWholeNumber,
  document: readText,
  note: readText,
  quote: readText,
};

const isBlankCells = (cells: readonly string[]) => cells.every((c) => c.trim() === "");
const isBlank = (record: CsvRecord) => isBlankCells(record.cells);

function rowIssue(row: number, field: string | undefined, message: string): DataIssue {
  return {
    severity: "error",
    code: field ? "invalid-cell" : "cell-count",
    message: `Row ${row}${field ? `, ${field}` : ""}: ${message}`,
    row,
    ...(field ? { field } : {}),
  };
}

/** The schema's message, made specific for the vocabulary columns. */
function schemaMessage(field: string, raw: unknown, message: string, code: string): string {
  if (code !== "invalid_value") return message;
  if (field === "metric") return `"${String(raw)}" is not a known metric`;
  if (field === "statistic")
    return `"${String(raw)}" is not a statistic: use ${statistics.join(", ")}`;
  if (field === "unit") return `"${String(raw)}" is not a unit: use ${units.join(", ")}`;
  return message;
}

function readRecord(
  record: CsvRecord,
  fields: readonly (DataPointField | null)[],
): { point?: DataPointInput; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const extra =
    record.cells.length > fields.length && !isBlankCells(record.cells.slice(fields.length));
  if (extra) {
    issues.push(
      rowIssue(
        record.row,
        undefined,
        `${record.cells.length} cells but the header has ${fields.length} columns (a comma inside a value needs "quotes")`,
      ),
    );
  }

  const candidate: Record<string, unknown> = {};
  const badCells = new Set<string>();
  fields.forEach((field, i) => {
    if (!field) return;
    const read = readers[field](record.cells[i] ?? "");
    if (read.ok) candidate[field] = read.value;
    else {
      badCells.add(field);
      issues.push(rowIssue(record.row, field, read.message));
    }
  });

  const parsed = dataPointInputSchema.safeParse(candidate);
  if (parsed.success) return issues.length > 0 ? { issues } : { point: parsed.data, issues };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    // A cell that could not be read is reported once, not again as missing.
    if (badCells.has(field)) continue;
    issues.push(
      rowIssue(
        record.row,
        field || undefined,
        schemaMessage(field, candidate[field], issue.message, issue.code),
      ),
    );
  }
  return { issues };
}

const fileError = (code: DataIssue["code"], message: string): DataIssue => ({
  severity: "error",
  code,
  message,
  row: null,
});

export interface ImportChecker {
  /**
   * Reads the next record of the file (the header first; blank records are skipped). Returns
   * the row's point when it passed the schema (it may still fail the checks of the whole set).
   */
  add(record: CsvRecord): DataPointInput | undefined;
  /** Counts a data row without reading it: for a file already known to have too many rows. */
  countRow(): void;
  /** Data rows so far (blank rows not counted). */
  readonly rowCount: number;
  /** Checks the rows as a set and returns the result; call once, after the last record. */
  finish(): ImportValidation;
}

/**
 * Checks a CSV file for import into a draft one record at a time, so a large file need not be
 * held as records: the header names the columns (see matchColumns), each row must pass
 * `dataPointInputSchema`, and at the end the rows together go through the quality rules
 * (duplicate keys are errors; the same figure twice is a warning).
 */
export function createImportChecker(context: PointSetContext): ImportChecker {
  let columns: ColumnMatch | null = null;
  let rowCount = 0;
  const points: ImportedPoint[] = [];
  const issues: DataIssue[] = [];

  const add = (record: CsvRecord) => {
    if (isBlank(record)) return undefined;
    if (!columns) {
      columns = matchColumns(record.cells);
      return undefined;
    }
    rowCount += 1;
    // Past the limit, or with unusable columns, rows are only counted.
    if (columns.issues.length > 0 || rowCount > MAX_IMPORT_ROWS) return undefined;
    const read = readRecord(record, columns.fields);
    for (const issue of read.issues) issues.push(issue);
    if (read.point) points.push({ row: record.row, point: read.point });
    return read.point;
  };

  const finish = (): ImportValidation => {
    if (!columns) {
      return { rowCount: 0, points: [], issues: [fileError("empty-file", "The file is empty")] };
    }
    if (columns.issues.length > 0) return { rowCount, points: [], issues: columns.issues };
    if (rowCount === 0) {
      const message = "The file has a header row but no data rows";
      return { rowCount: 0, points: [], issues: [fileError("empty-file", message)] };
    }
    if (rowCount > MAX_IMPORT_ROWS) {
      const message = `The file has ${rowCount.toLocaleString("en-US")} rows; one import takes at most ${MAX_IMPORT_ROWS.toLocaleString("en-US")}`;
      return { rowCount, points: [], issues: [fileError("too-many-rows", message)] };
    }
    const setIssues = checkPointSet(
      points.map((p) => p.point),
      context,
      (i) => {
        const row = points[i]?.row ?? null;
        return { row, name: `Row ${row}` };
      },
    );
    for (const issue of setIssues) issues.push(issue);
    const order = (i: DataIssue) => i.row ?? 0;
    issues.sort((a, b) => order(a) - order(b));
    return { rowCount, points, issues };
  };

  return {
    add,
    countRow: () => {
      rowCount += 1;
    },
    get rowCount() {
      return rowCount;
    },
    finish,
  };
}

/** Checks a whole parsed CSV file for import into a draft (see createImportChecker). */
export function validateImport(
  records: readonly CsvRecord[],
  context: PointSetContext,
): ImportValidation {
  const checker = createImportChecker(context);
  const [header, ...rows] = records.filter((r) => !isBlank(r));
  if (!header) return checker.finish();
  checker.add(header);
  // Over the limit, rows are not worth reading: the file is refused as a whole.
  for (const row of rows) {
    if (rows.length > MAX_IMPORT_ROWS) checker.countRow();
    else checker.add(row);
  }
  return checker.finish();
}
