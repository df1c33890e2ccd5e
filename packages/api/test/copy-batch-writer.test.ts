import { describe, expect, it } from "vitest";
import { type CopyBatch, createCopyBatchWriter } from "../src/import/copy/copy-rows";

const decode = (batches: CopyBatch[]) =>
  batches.map((b) => new TextDecoder().decode(b.bytes)).join("");

describe("COPY lines written straight into a batch buffer", () => {
  it("hands on a small first batch, then full ones, each with the rows so far", () => {
    const batches: CopyBatch[] = [];
    const writer = createCopyBatchWriter((b) => batches.push(b), 1_000);
    const lines = Array.from({ length: 2_700 }, (_, i) => `key-${i}\tZürich 日本 🙂\t${i}\n`);
    for (const line of lines) writer.add(line);
    writer.flush();
    writer.flush(); // nothing left: no empty batch
    expect(batches.map((b) => b.rows)).toEqual([500, 1_500, 2_500, 2_700]);
    expect(decode(batches)).toBe(lines.join(""));
  });

  it("takes a line longer than the buffer, and batches do not share memory", () => {
    const batches: CopyBatch[] = [];
    const writer = createCopyBatchWriter((b) => batches.push(b), 2);
    const long = `${"é".repeat(1_200_000)}\n`;
    for (const line of ["a\n", long, "b\n", "c\n"]) writer.add(line);
    writer.flush();
    expect(decode(batches)).toBe(`a\n${long}b\nc\n`);
    // Each batch owns its bytes (a worker moves them to the caller).
    const buffers = batches.map((b) => b.bytes.buffer);
    expect(new Set(buffers).size).toBe(batches.length);
    expect(batches.every((b) => b.bytes.byteOffset === 0)).toBe(true);
  });
});
