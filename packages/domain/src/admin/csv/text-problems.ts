import type { DataIssue } from "../issues";

const encodingIssue = (message: string): DataIssue => ({
  severity: "error",
  code: "encoding",
  message,
  row: null,
});

const SAVE_AS_UTF8 = 'Save or export it as "CSV UTF-8" and upload that file';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((b, i) => bytes[i] === b);

/**
 * What is wrong with an upload that is not CSV text at all, judged from its first bytes: a
 * spreadsheet workbook, UTF-16 text, or other binary data. null when it may be text.
 */
export function findBinaryUploadProblem(bytes: Uint8Array): DataIssue | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return encodingIssue(
      `This is a spreadsheet workbook (.xlsx or .xls), not a CSV file. ${SAVE_AS_UTF8}`,
    );
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return encodingIssue(`This file is saved as UTF-16 text. ${SAVE_AS_UTF8}`);
  }
  if (bytes.subarray(0, 64 * 1024).includes(0)) {
    return encodingIssue(
      `This is a binary file, not CSV text (it contains NUL bytes). ${SAVE_AS_UTF8}`,
    );
  }
  return null;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

/**
 * Decoded text that cannot be trusted: NUL characters (binary data) or U+FFFD replacement
 * characters, which a decoder puts where the bytes were not UTF-8 (e.g. a Windows-1252 "é").
 */
export function findTextProblem(text: string): DataIssue | null {
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    return encodingIssue(
      `Line ${lineOf(text, nul)} contains a NUL character: this is binary data, not CSV text. ${SAVE_AS_UTF8}`,
    );
  }
  const replacement = text.indexOf("\uFFFD");
  if (replacement >= 0) {
    return encodingIssue(
      `Line ${lineOf(text, replacement)} is not valid UTF-8 text: the file seems to be saved in another encoding (such as Windows-1252 or Latin-1). ${SAVE_AS_UTF8}`,
    );
  }
  return null;
}
