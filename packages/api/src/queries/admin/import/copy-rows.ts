import { dataPointColumns } from "@aiml/db/data-point-row";
import type { DataPointInput } from "@aiml/domain";
import { pointColumnNames } from "../point-column-types";

/**
 * Rows in Postgres's COPY text format, one line per row with the columns of pointColumnNames,
 * cut into batches so that a writer can report how many rows it has sent.
 */
export interface CopyRows {
  bytes: Uint8Array;
  /** Where each batch ends in `bytes`, and the rows up to and including it. */
  batches: { end: number; rows: number }[];
}

const BATCH_ROWS = 5_000;

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** Text as a COPY value: backslashes, tabs and line breaks escaped. */
export const copyText = (text: string) =>
  NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : text;

function copyValue(value: string | number | boolean | null): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  return copyText(value);
}

/** A figure's stored columns (as the seed stores them), in pointColumnNames order. */
function copyLine(point: DataPointInput, sortOrder: number): string {
  const columns: Record<string, string | number | boolean | null> = dataPointColumns(point);
  let line = "";
  for (const name of pointColumnNames) {
    line += `${copyValue(name === "sortOrder" ? sortOrder : (columns[name] ?? null))}\t`;
  }
  return `${line.slice(0, -1)}\n`;
}

/** The points as COPY rows, numbered in order (sortOrder 0, 1, 2, …). */
export function toCopyRows(points: readonly DataPointInput[]): CopyRows {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const batches: CopyRows["batches"] = [];
  let end = 0;
  for (let start = 0; start < points.length; start += BATCH_ROWS) {
    const lines: string[] = [];
    const last = Math.min(start + BATCH_ROWS, points.length);
    for (let i = start; i < last; i++) lines.push(copyLine(points[i] as DataPointInput, i));
    const part = encoder.encode(lines.join(""));
    parts.push(part);
    end += part.length;
    batches.push({ end, rows: last });
  }
  const bytes = new Uint8Array(end);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes, batches };
}
