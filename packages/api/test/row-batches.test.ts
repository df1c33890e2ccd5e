import { describe, expect, it } from "vitest";
import { RowBatches } from "../src/import/check/row-batches";
import type { CopyBatch } from "../src/import/copy/copy-rows";

const batch = (rows: number, size = 10): CopyBatch => ({ bytes: new Uint8Array(size), rows });

async function readAll(rows: RowBatches): Promise<number[]> {
  const seen: number[] = [];
  for await (const b of rows) seen.push(b.rows);
  return seen;
}

describe("RowBatches", () => {
  it("keeps every batch for reuse while they fit, and hands them over in order", async () => {
    const rows = new RowBatches(100);
    for (const n of [1, 2, 3]) rows.push(batch(n));
    rows.end();
    expect(await readAll(rows)).toEqual([1, 2, 3]);
    expect(rows.received?.map((b) => b.rows)).toEqual([1, 2, 3]);
  });

  it("past its limit gives up each batch once written, and can no longer be reused", async () => {
    const rows = new RowBatches(25);
    const reading = readAll(rows);
    for (const n of [1, 2, 3, 4]) {
      rows.push(batch(n));
      await new Promise((resolve) => setImmediate(resolve));
    }
    rows.end();
    expect(await reading).toEqual([1, 2, 3, 4]);
    expect(rows.received).toBeNull();
    await expect(readAll(rows)).rejects.toThrow("written already");
  });

  it("passes on the check's failure to the writer", async () => {
    const rows = new RowBatches();
    rows.push(batch(1));
    rows.fail(new Error("worker died"));
    await expect(readAll(rows)).rejects.toThrow("worker died");
  });
});
