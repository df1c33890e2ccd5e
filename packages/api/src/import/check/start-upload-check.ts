import { Worker } from "node:worker_threads";
import type { PointSetContext } from "@aiml/domain";
import { AppError } from "../../errors";
import type { ReportProgress } from "../progress/import-progress";
import type { CheckReport } from "./check-upload";
import type { CheckMessage } from "./check-upload-worker";
import { RowBatches } from "./row-batches";
import { type CheckRequest, runCheck } from "./run-check";
import { SpareWorker } from "./spare-worker";

/**
 * Memory for one check: ample for 200,000 rows (about 110 MB of rows live at the end), and a cap
 * for a file built to exhaust memory. A small young generation keeps the garbage of parsing
 * from inflating the process's memory (measured: about 50 MB less at the peak, same speed).
 */
const workerOptions = {
  resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 16 },
};

function startWorker(): Worker {
  // Next.js sets NEXT_RUNTIME in the server it builds; there Turbopack finds this exact
  // `new Worker(new URL(…))` form and bundles the entry with its imports as JavaScript.
  // biome-ignore lint/style/noProcessEnv: Next writes NEXT_RUNTIME into its bundles, where this branch is the only one kept.
  if (process.env.NEXT_RUNTIME) {
    return new Worker(new URL("./check-upload-worker.ts", import.meta.url), workerOptions);
  }
  return startSourceWorker();
}

/**
 * Tests and scripts run the TypeScript sources, and Node cannot start a worker from a .ts file
 * by itself: the worker registers tsx (a dev dependency) before it imports its entry.
 */
function startSourceWorker(): Worker {
  const entry = import.meta.url.replace(/[^/]+$/, "check-upload-worker.ts");
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...workerOptions, eval: true });
}

/** An admin who imports a file usually imports again soon (a corrected file, another dataset). */
const workers = new SpareWorker(startWorker, 5 * 60 * 1000);

const outOfMemory = (error: Error) =>
  (error as Error & { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";

function runWorker(
  request: CheckRequest,
  progress: ReportProgress,
  rows: RowBatches,
): Promise<CheckReport> {
  const worker = workers.take();
  const report = new Promise<CheckReport>((resolve, reject) => {
    worker.on("message", (message: CheckMessage) => {
      if (message.type === "progress") progress(message.progress);
      else if (message.type === "rows") rows.push(message.batch);
      else if (message.type === "done") resolve(message.report);
      else reject(new Error(`Checking an upload failed in the worker: ${message.error}`));
    });
    worker.on("error", (error) =>
      reject(
        outOfMemory(error)
          ? new AppError(
              "BAD_REQUEST",
              "The file has too many cells to check: remove empty columns and rows, or split it",
            )
          : error,
      ),
    );
    // Without a result by then, the worker died (a settled promise ignores this).
    worker.on("exit", (code) => reject(new Error(`The import worker stopped (exit code ${code})`)));
  });
  worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
  report.then(
    () => rows.end(),
    (error) => rows.fail(error),
  );
  return report.finally(() => {
    // The next worker starts once this one's memory is given back.
    worker.terminate().then(
      () => workers.prepare(),
      () => workers.prepare(),
    );
  });
}

/**
 * Files up to this size are checked on the caller's thread: starting a worker costs a few hundred
 * milliseconds, checking such a file a few (about 2,500 rows; the event loop waits that long).
 */
export const IN_THREAD_CHECK_MAX_BYTES = 256 * 1024;

function runHere(
  request: CheckRequest,
  progress: ReportProgress,
  rows: RowBatches,
): Promise<CheckReport> {
  return new Promise((resolve, reject) => {
    // After the caller has its UploadCheck, as with a worker.
    setImmediate(() => {
      try {
        const report = runCheck(request, progress, (batch) => rows.push(batch));
        rows.end();
        resolve(report);
      } catch (error) {
        rows.fail(error);
        reject(error);
      }
    });
  });
}

/** A check under way: the rows come out while the file is read, the report at the end. */
export interface UploadCheck {
  /** Rows that passed the schema, as COPY batches; used only if the report says canApply. */
  rows: RowBatches;
  report: Promise<CheckReport>;
  /** The report already, when the file was checked before (see checkUploadOnce). */
  known?: CheckReport;
}

/** The end of the line of checks waiting to run in this process. */
let lastInLine: Promise<unknown> = Promise.resolve();
let queued = 0;

/**
 * Starts checking an upload: a small file here, a larger one in a worker thread, so that parsing
 * and validating a large file never blocks the event loop that serves other users. One check runs at a time per process (the machine has
 * few cores, and each check needs memory for its rows); the others wait their turn.
 */
export function startUploadCheck(
  bytes: Uint8Array,
  context: PointSetContext,
  progress: ReportProgress,
  openDataFormat: string | null = null,
  /** Rows kept for reuse at most (see RowBatches). */
  keepBytes = Number.POSITIVE_INFINITY,
): UploadCheck {
  if (bytes.length <= IN_THREAD_CHECK_MAX_BYTES) {
    const rows = new RowBatches(keepBytes);
    return { rows, report: runHere({ bytes, context, openDataFormat }, progress, rows) };
  }
  if (queued > 0) progress({ stage: "waiting", done: 0, total: 0 });
  queued += 1;
  // Bytes that own all their memory move to the worker; a view into a larger buffer is copied.
  const owned =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  const rows = new RowBatches(keepBytes);
  const report = lastInLine
    .then(() => runWorker({ bytes: owned, context, openDataFormat }, progress, rows))
    .finally(() => {
      queued -= 1;
    });
  lastInLine = report.catch(() => {});
  // A failure before the worker ran (none expected) still ends the rows.
  report.catch((error) => rows.fail(error));
  return { rows, report };
}
