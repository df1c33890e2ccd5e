import type { CopyBatch } from "../copy/copy-rows";

/**
 * COPY batches as they arrive from a worker, for a writer to send on while the worker is still
 * reading the file. Batches are kept, so the rows can be reused once the check is done, up to
 * `keepBytes`: past it the rows are too many to reuse, and each batch goes once it is written.
 */
export class RowBatches implements AsyncIterable<CopyBatch> {
  /** Every batch, in order; a batch given up (past keepBytes, once written) is null. */
  private readonly batches: (CopyBatch | null)[] = [];
  private keptBytes = 0;
  private ended = false;
  private failure: unknown = null;
  private waiting: (() => void)[] = [];
  /** Batches before this one were handed to the writer. */
  private written = 0;

  constructor(private readonly keepBytes = Number.POSITIVE_INFINITY) {}

  /** Batches that are all there already (a check made earlier). */
  static of(batches: readonly CopyBatch[]): RowBatches {
    const all = new RowBatches();
    for (const batch of batches) all.push(batch);
    all.end();
    return all;
  }

  /** Every batch, for reuse; null when some were given up. */
  get received(): readonly CopyBatch[] | null {
    return this.keptBytes > this.keepBytes ? null : (this.batches as CopyBatch[]);
  }

  push(batch: CopyBatch) {
    this.batches.push(batch);
    this.keptBytes += batch.bytes.length;
    if (this.keptBytes > this.keepBytes) this.batches.fill(null, 0, this.written);
    this.notify();
  }

  end() {
    this.ended = true;
    this.notify();
  }

  fail(error: unknown) {
    this.failure = error;
    this.end();
  }

  private notify() {
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** The batches in order, once (a second pass could miss batches given up). */
  async *[Symbol.asyncIterator](): AsyncIterator<CopyBatch> {
    if (this.written > 0) throw new Error("These rows were written already");
    for (let next = 0; ; next += 1) {
      while (next >= this.batches.length && !this.ended) {
        await new Promise<void>((resolve) => this.waiting.push(resolve));
      }
      if (this.failure) throw this.failure;
      if (next >= this.batches.length) return;
      const batch = this.batches[next] as CopyBatch;
      yield batch;
      this.written = next + 1;
      if (this.keptBytes > this.keepBytes) this.batches[next] = null;
    }
  }
}
