import { type DataPointField, dataPointFields } from "../data-point-fields";
import type { DataIssue } from "../issues";

/** Columns every import must have; the others may be left out. */
export const requiredImportColumns = [
  "key",
  "label",
  "metric",
  "statistic",
  "unit",
] as const satisfies readonly DataPointField[];
const AMOUNT_COLUMNS = ["value", "low", "high"] as const;

/** "High open", "high_open" and "highOpen" all name the same column. */
const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

const fieldByName = new Map<string, DataPointField>([
  ...dataPointFields.map((f): [string, DataPointField] => [normalise(f), f]),
  ["sourcedocument", "document"],
  ["sourcedocumentid", "document"],
]);

export interface ColumnMatch {
  /** The field each header cell names, by position; null for a column that names none. */
  fields: (DataPointField | null)[];
  issues: DataIssue[];
}

const fileIssue = (message: string): DataIssue => ({
  severity: "error",
  code: "columns",
  message,
  row: 1,
});

const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/** Maps the header row to fields, naming every missing, unknown or repeated column. */
export function matchColumns(header: readonly string[]): ColumnMatch {
  const [only] = header;
  if (header.length === 1 && only !== undefined && /[;\t]/.test(only)) {
    const separator = only.includes(";") ? "semicolons" : "tabs";
    const message = `The columns are separated by ${separator}, not commas: save the file as "CSV UTF-8 (comma delimited)"`;
    return { fields: [null], issues: [fileIssue(message)] };
  }
  const fields: (DataPointField | null)[] = [];
  const issues: DataIssue[] = [];
  const unknown: string[] = [];
  const firstPosition = new Map<DataPointField, number>();

  header.forEach((cell, i) => {
    const name = cell.trim();
    const field = fieldByName.get(normalise(name)) ?? null;
    fields.push(field && !firstPosition.has(field) ? field : null);
    if (!name) {
      issues.push(fileIssue(`Column ${i + 1} has no name in the header row: name it or remove it`));
    } else if (!field) {
      unknown.push(name);
    } else if (firstPosition.has(field)) {
      issues.push(
        fileIssue(
          `Column "${name}" appears twice (columns ${(firstPosition.get(field) ?? 0) + 1} and ${i + 1}): keep one`,
        ),
      );
    } else {
      firstPosition.set(field, i);
    }
  });

  if (unknown.length > 0) {
    issues.push(
      fileIssue(
        `Unknown column${unknown.length > 1 ? "s" : ""} ${list(unknown)}. The columns are: ${dataPointFields.join(", ")} (download the template)`,
      ),
    );
  }
  const missing = requiredImportColumns.filter((f) => !firstPosition.has(f));
  if (missing.length > 0) {
    issues.push(
      fileIssue(
        `Missing required column${missing.length > 1 ? "s" : ""} ${list(missing)}. Every file needs ${list(requiredImportColumns)}`,
      ),
    );
  }
  if (!AMOUNT_COLUMNS.some((f) => firstPosition.has(f))) {
    issues.push(fileIssue(`No figure column: add "value", or "low" and "high"`));
  }
  return { fields, issues };
}
