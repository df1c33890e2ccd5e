import type { CopyBatch } from "../copy/copy-rows";

/**
 * COPY batches as they arrive from a worker, for a writer to send on while the worker is still
 * reading the file. Every batch is kept, so the rows can be reused once the check is done.
 */
export class RowBatches implements AsyncIterable<CopyBatch> {
  readonly received: CopyBatch[] = [];
  private ended = false;
  private failure: unknown = null;
  private waiting: (() => void)[] = [];

  /** Batches that are all there already (a check made earlier). */
  static of(batches: readonly CopyBatch[]): RowBatches {
    const all = new RowBatches();
    all.received.push(...batches);
    all.end();
    return all;
  }

  push(batch: CopyBatch) {
    this.received.push(batch);
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

  async *[Symbol.asyncIterator](): AsyncIterator<CopyBatch> {
    for (let next = 0; ; next += 1) {
      while (next >= this.received.length && !this.ended) {
        await new Promise<void>((resolve) => this.waiting.push(resolve));
      }
      if (this.failure) throw this.failure;
      const batch = this.received[next];
      if (!batch) return;
      yield batch;
    }
  }
}
