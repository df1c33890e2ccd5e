import { dataPointColumns } from "@aiml/db/data-point-row";
import type { DataPointInput } from "@aiml/domain";
import { pointColumnNames } from "../../queries/admin/point-column-types";

/** A batch of rows in Postgres's COPY text format, one line per row (pointColumnNames). */
export interface CopyBatch {
  bytes: Uint8Array;
  /** Rows in this batch and all before it. */
  rows: number;
}

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
 * Collects COPY lines as UTF-8 bytes and hands on a batch every `batchRows` lines (the first
 * batch is small, so that writing starts at once). Each line goes straight into one reused
 * buffer: kept as strings until their batch was full, a large file's lines outlived the
 * worker's young generation and piled up as old-generation garbage.
 */
export function createCopyBatchWriter(
  send: (batch: CopyBatch) => void,
  batchRows: number = BATCH_ROWS,
) {
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(1 << 20);
  let length = 0;
  let inBatch = 0;
  let rows = 0;
  const flush = () => {
    if (inBatch === 0) return;
    send({ bytes: buffer.slice(0, length), rows });
    length = 0;
    inBatch = 0;
  };
  return {
    add(line: string) {
      // A UTF-16 code unit is at most 3 bytes of UTF-8.
      const room = length + line.length * 3;
      if (room > buffer.length) {
        const grown = new Uint8Array(Math.max(buffer.length * 2, room));
        grown.set(buffer.subarray(0, length));
        buffer = grown;
      }
      length += encoder.encodeInto(line, buffer.subarray(length)).written;
      inBatch += 1;
      rows += 1;
      if (inBatch === (rows === inBatch ? FIRST_BATCH_ROWS : batchRows)) flush();
    },
    /** Sends the last, partial batch. */
    flush,
  };
}

/**
 * Encodes points as COPY rows one at a time, numbered in order (sortOrder 0, 1, 2, …), handing
 * on a batch every few thousand rows: the rows can travel while the file is still being read.
 */
export function createCopyEncoder(send: (batch: CopyBatch) => void) {
  const writer = createCopyBatchWriter(send);
  let rows = 0;
  return {
    add(point: DataPointInput) {
      writer.add(copyLine(point, rows));
      rows += 1;
    },
    /** Sends the last, partial batch. */
    flush: writer.flush,
  };
}
