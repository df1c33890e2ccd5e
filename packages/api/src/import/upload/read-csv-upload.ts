import { isUtf8 } from "node:buffer";
import {
  type CsvRecord,
  type DataIssue,
  findBinaryUploadProblem,
  findTextProblem,
} from "@aiml/domain";
import Papa from "papaparse";

const fileIssue = (code: DataIssue["code"], message: string): DataIssue => ({
  severity: "error",
  code,
  message,
  row: null,
});

const syntaxMessages: Record<string, string> = {
  MissingQuotes: 'a quoted value is never closed (a closing " is missing)',
  InvalidQuotes:
    'text follows a closing quote: wrap the whole value in quotes and write inner quotes twice ("")',
};

const lineBreaks = /\r\n|\r|\n/g;

/**
 * Papa reads the text this many characters at a time: given it whole, its fast path splits
 * every line of a million-row file up front (about 25 MB more to keep while reading).
 */
const CHUNK_CHARS = 1 << 20;

function syntaxIssue(error: Papa.ParseError, text: string): DataIssue {
  const line = (text.slice(0, error.index).match(lineBreaks)?.length ?? 0) + 1;
  const what = syntaxMessages[error.code] ?? error.message;
  return fileIssue("csv-syntax", `Line ${line}: This is not valid CSV: ${what}`);
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
 * characters read so far and in all), so the file is never held as a whole array of records.
 * The bytes must be UTF-8 text (a BOM is allowed): other encodings and binary files are refused
 * with a message saying how to save the file, rather than imported as garbled text. Returns the
 * problem that stopped the reading, or null. A syntax error can stop it after some records were
 * handed on.
 */
export function readCsvUpload(
  bytes: Uint8Array,
  onRecord: (record: CsvRecord, charsRead: number, charsInAll: number) => void,
): DataIssue | null {
  if (bytes.length === 0) return fileIssue("empty-file", "The file is empty");
  const encoding = findEncodingProblem(bytes);
  if (encoding) return encoding;

  // The decoder drops a BOM.
  const text = new TextDecoder("utf-8").decode(bytes);
  let row = 0;
  let failed = false;
  // Blank lines are kept as records so that record i is spreadsheet row i + 1, as a
  // spreadsheet numbers them (a value spanning lines is one row); validation skips them.
  Papa.parse<string[]>(text, {
    delimiter: ",",
    chunkSize: CHUNK_CHARS,
    step: (result, parser) => {
      if (result.errors.length > 0) {
        failed = true;
        parser.abort();
        return;
      }
      row += 1;
      onRecord({ row, cells: result.data }, result.meta.cursor, text.length);
    },
  });
  return failed ? locateSyntaxError(text) : null;
}

/**
 * The first syntax error of a text known to have one, by line. A chunk's error gives its place
 * in the chunk only: the text is read again whole (a file with an error is read twice).
 */
function locateSyntaxError(text: string): DataIssue {
  let issue: DataIssue | null = null;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    step: (result, parser) => {
      const error = result.errors[0];
      if (!error) return;
      issue = syntaxIssue(error, text);
      parser.abort();
    },
  });
  return issue ?? fileIssue("csv-syntax", "This is not valid CSV");
}
