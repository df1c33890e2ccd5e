import { dataPointColumns } from "@aiml/db/data-point-row";
import type { DataPointInput } from "@aiml/domain";
import { pointColumnNames } from "../../queries/admin/point-column-types";

/** A batch of rows in Postgres's COPY text format, one line per row (pointColumnNames). */
export interface CopyBatch {
  bytes: Uint8Array;
  /** Rows in this batch and all before it. */
  rows: number;
}

/** The first batch is small, so that writing starts at once; the others are larger. */
const FIRST_BATCH_ROWS = 500;
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

/**
 * Encodes points as COPY rows one at a time, numbered in order (sortOrder 0, 1, 2, …), handing
 * on a batch every few thousand rows: the rows can travel while the file is still being read.
 */
export function createCopyEncoder(send: (batch: CopyBatch) => void) {
  const encoder = new TextEncoder();
  let lines: string[] = [];
  let rows = 0;
  const flush = () => {
    if (lines.length === 0) return;
    send({ bytes: encoder.encode(lines.join("")), rows });
    lines = [];
  };
  return {
    add(point: DataPointInput) {
      lines.push(copyLine(point, rows));
      rows += 1;
      const first = lines.length === rows;
      if (lines.length === (first ? FIRST_BATCH_ROWS : BATCH_ROWS)) flush();
    },
    /** Sends the last, partial batch. */
    flush,
  };
}
