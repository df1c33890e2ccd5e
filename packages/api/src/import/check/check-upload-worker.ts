// A worker thread's entry (see check-in-worker.ts): checks one upload, sending its rows as they
// are read and the report at the end.
import { parentPort } from "node:worker_threads";
import type { PointSetContext } from "@aiml/domain";
import type { CopyBatch } from "../copy/copy-rows";
import type { ImportProgress } from "../progress/import-progress";
import { checkOpenDataUpload } from "./check-open-data-upload";
import { type CheckReport, checkUpload } from "./check-upload";

export interface CheckRequest {
  /** The file's bytes (moved to the worker, not copied). */
  bytes: Uint8Array;
  context: PointSetContext;
  /** The dataset's open-data CSV layout, or null for a file of figures. */
  openDataFormat: string | null;
}

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
    const report = request.openDataFormat
      ? checkOpenDataUpload(request.bytes, request.openDataFormat, progress, send)
      : checkUpload(request.bytes, request.context, progress, send);
    post({ type: "done", report });
  } catch (error) {
    post({
      type: "failed",
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
