import { describe, expect, it } from "vitest";
import { RowBatches } from "../src/import/check/row-batches";
import type { CopyBatch } from "../src/import/copy/copy-rows";

const batch = (rows: number, bytes = 10): CopyBatch => ({ bytes: new Uint8Array(bytes), rows });

async function drain(batches: RowBatches, onEach: () => void = () => {}) {
  const seen: number[] = [];
  for await (const b of batches) {
    seen.push(b.rows);
    onEach();
  }
  return seen;
}

describe("COPY batches between the check and the writer", () => {
  it("keeps every batch for reuse while they fit in keepBytes", async () => {
    const batches = new RowBatches(100);
    const written = drain(batches);
    batches.push(batch(1));
    batches.push(batch(2));
    batches.end();
    expect(await written).toEqual([1, 2]);
    expect(batches.received?.map((b) => b.rows)).toEqual([1, 2]);
  });

  it("past keepBytes, gives up each batch once written, in order, and keeps none for reuse", async () => {
    const batches = new RowBatches(25);
    const written = drain(batches);
    for (let rows = 1; rows <= 5; rows++) {
      batches.push(batch(rows));
      await Promise.resolve();
    }
    batches.end();
    expect(await written).toEqual([1, 2, 3, 4, 5]);
    expect(batches.received).toBeNull();
    // A second pass could miss batches given up: it is refused.
    await expect(drain(batches)).rejects.toThrow("written already");
  });

  it("passes a failure of the check on to the writer", async () => {
    const batches = new RowBatches();
    const written = drain(batches);
    batches.push(batch(1));
    batches.fail(new Error("the worker stopped"));
    await expect(written).rejects.toThrow("the worker stopped");
  });
});
