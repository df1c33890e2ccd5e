import type { Worker } from "node:worker_threads";

/**
 * Keeps one started worker ready for the next job, for a while after each job: starting a worker
 * (loading its code) takes a few hundred milliseconds. Each job still gets a fresh worker and
 * heap. A spare neither keeps the process alive nor brings it down: one that fails is not used.
 */
export class SpareWorker {
  private spare: { worker: Worker; timer: NodeJS.Timeout } | null = null;

  constructor(
    private readonly start: () => Worker,
    /** How long a spare is kept: it holds some memory. */
    private readonly keepForMs: number,
  ) {}

  /** The spare, or a new worker when there is none. */
  take(): Worker {
    const kept = this.spare;
    this.spare = null;
    if (!kept) return this.start();
    clearTimeout(kept.timer);
    kept.worker.ref();
    return kept.worker;
  }

  /** Starts a spare, unless there is one. */
  prepare(): void {
    if (this.spare) return;
    const worker = this.start();
    worker.unref();
    worker.on("error", () => {});
    worker.once("exit", () => {
      if (this.spare?.worker === worker) {
        clearTimeout(this.spare.timer);
        this.spare = null;
      }
    });
    const timer = setTimeout(() => worker.terminate(), this.keepForMs);
    timer.unref();
    this.spare = { worker, timer };
  }

  get ready(): boolean {
    return this.spare !== null;
  }
}
