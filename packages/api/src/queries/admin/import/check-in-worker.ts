import { Worker } from "node:worker_threads";
import type { PointSetContext } from "@aiml/domain";
import { AppError } from "../../../errors";
import type { CheckedUpload } from "./check-upload";
import type { CheckMessage, CheckRequest } from "./check-upload-worker";
import type { ReportProgress } from "./import-progress";

/** Heap for one check: ample for 200,000 rows, and a cap for a file built to exhaust memory. */
const WORKER_HEAP_MB = 1024;

const workerOptions = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };

function startWorker(): Worker {
  if (import.meta.url.endsWith(".ts")) return startSourceWorker();
  // Next.js (Turbopack) finds this exact form and bundles the entry and its imports.
  return new Worker(new URL("./check-upload-worker.ts", import.meta.url), workerOptions);
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

const outOfMemory = (error: Error) =>
  (error as Error & { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";

function runWorker(request: CheckRequest, report: ReportProgress): Promise<CheckedUpload> {
  const worker = startWorker();
  const result = new Promise<CheckedUpload>((resolve, reject) => {
    worker.on("message", (message: CheckMessage) => {
      if (message.type === "progress") report(message.progress);
      else if (message.type === "done") resolve(message.checked);
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
  worker.postMessage(request);
  return result.finally(() => worker.terminate());
}

/** The end of the line of checks waiting to run in this process. */
let lastInLine: Promise<unknown> = Promise.resolve();
let queued = 0;

/**
 * Checks an upload in a worker thread, so that parsing and validating a large file never blocks
 * the event loop that serves other users. One check runs at a time per process (the machine has
 * few cores, and each check needs memory for its rows); the others wait their turn.
 */
export function checkInWorker(
  contentBase64: string,
  context: PointSetContext,
  report: ReportProgress,
): Promise<CheckedUpload> {
  if (queued > 0) report({ stage: "waiting", done: 0, total: 0 });
  queued += 1;
  const turn = lastInLine.then(() => runWorker({ contentBase64, context }, report));
  const done = turn.finally(() => {
    queued -= 1;
  });
  lastInLine = done.catch(() => {});
  return done;
}
