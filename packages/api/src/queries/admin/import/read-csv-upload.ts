import { isUtf8 } from "node:buffer";
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

/** What is wrong with the bytes as UTF-8 text, if anything, located by line. */
function findEncodingProblem(bytes: Uint8Array): DataIssue | null {
  const binary = findBinaryUploadProblem(bytes);
  if (binary) return binary;
  if (!bytes.includes(0) && isUtf8(bytes)) return null;
  // Decoding replaces undecodable bytes with U+FFFD, which findTextProblem locates by line.
  return findTextProblem(new TextDecoder("utf-8").decode(bytes));
}

/**
 * Reads an upload's bytes as CSV, handing each record to `onRecord` as it is parsed (with the
 * bytes read so far), so the file is never held as a whole array of records. The bytes must be
 * UTF-8 text (a BOM is allowed): other encodings and binary files are refused with a message
 * saying how to save the file, rather than imported as garbled text. Returns the problem that
 * stopped the reading, or null. A syntax error can stop it after some records were handed on.
 */
export function readCsvUpload(
  bytes: Uint8Array,
  onRecord: (record: CsvRecord, bytesRead: number) => void,
): DataIssue | null {
  if (bytes.length === 0) return fileIssue("empty-file", "The file is empty");
  const encoding = findEncodingProblem(bytes);
  if (encoding) return encoding;

  let row = 0;
  try {
    // Blank lines are kept as records so that record i is spreadsheet row i + 1, as a
    // spreadsheet numbers them (a value spanning lines is one row); validation skips them.
    parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      bom: true,
      relax_column_count: true,
      on_record: (cells: string[], context) => {
        row += 1;
        onRecord({ row, cells }, context.bytes);
        // Nothing is kept: the checker has what it needs.
        return null;
      },
    });
    return null;
  } catch (error) {
    if (error instanceof CsvError) return syntaxIssue(error);
    throw error;
  }
}
