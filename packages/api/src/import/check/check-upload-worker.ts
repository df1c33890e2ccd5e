// A worker thread's entry (see start-upload-check.ts): checks one upload, sending its rows as they
// are read and the report at the end.
import { parentPort } from "node:worker_threads";
import type { CopyBatch } from "../copy/copy-rows";
import type { ImportProgress } from "../progress/import-progress";
import type { CheckReport } from "./check-upload";
import { type CheckRequest, runCheck } from "./run-check";

export type CheckMessage =
  | { type: "progress"; progress: ImportProgress }
  | { type: "rows"; batch: CopyBatch }
  | { type: "done"; report: CheckReport }
  | { type: "failed"; error: string };

const port = parentPort;
if (!port) throw new Error("check-upload-worker runs as a worker thread");

port.once("message", (request: CheckRequest) => {
  const post = (message: CheckMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  try {
    const progress = (p: ImportProgress) => post({ type: "progress", progress: p });
    // Each batch moves to the caller without a copy.
    const send = (batch: CopyBatch) =>
      post({ type: "rows", batch }, [batch.bytes.buffer as ArrayBuffer]);
    const report = runCheck(request, progress, send);
    post({ type: "done", report });
  } catch (error) {
    post({
      type: "failed",
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
