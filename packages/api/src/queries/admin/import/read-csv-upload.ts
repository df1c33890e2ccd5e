import {
  type CsvRecord,
  type DataIssue,
  findBinaryUploadProblem,
  findTextProblem,
} from "@aiml/domain";
import { CsvError, parse } from "csv-parse/sync";

const fileIssue = (code: DataIssue["code"], message: string): DataIssue => ({
  severity: "error",
  code,
  message,
  row: null,
});

const syntaxMessages: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed (a closing " is missing)',
  INVALID_OPENING_QUOTE:
    'a " appears inside a value: wrap the whole value in quotes and write the quote twice ("")',
  CSV_INVALID_CLOSING_QUOTE:
    'text follows a closing quote: wrap the whole value in quotes and write inner quotes twice ("")',
};

function syntaxIssue(error: CsvError): DataIssue {
  const line = (error as CsvError & { lines?: number }).lines;
  const what = syntaxMessages[error.code] ?? error.message;
  return fileIssue("csv-syntax", `${line ? `Line ${line}: ` : ""}This is not valid CSV: ${what}`);
}

/**
 * Reads an upload (the file's bytes, base64-encoded) as CSV records. The bytes must be UTF-8
 * text (a BOM is allowed): other encodings and binary files are refused with a message saying
 * how to save the file, rather than imported as garbled text.
 */
export function readCsvUpload(
  contentBase64: string,
): { ok: true; records: CsvRecord[] } | { ok: false; issue: DataIssue } {
  const bytes = Buffer.from(contentBase64, "base64");
  if (bytes.length === 0) return { ok: false, issue: fileIssue("empty-file", "The file is empty") };
  const binary = findBinaryUploadProblem(bytes);
  if (binary) return { ok: false, issue: binary };

  // Not fatal: undecodable bytes become U+FFFD, which findTextProblem locates by line.
  const text = new TextDecoder("utf-8").decode(bytes);
  const textProblem = findTextProblem(text);
  if (textProblem) return { ok: false, issue: textProblem };

  try {
    // Blank lines are kept as records so that record i is spreadsheet row i + 1, as a
    // spreadsheet numbers them (a value spanning lines is one row); validation skips them.
    const records = parse(text, { relax_column_count: true });
    return { ok: true, records: records.map((cells, i) => ({ row: i + 1, cells })) };
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, issue: syntaxIssue(error) };
    throw error;
  }
}
