// A worker thread's entry (see check-in-worker.ts): checks one upload and posts the result.
import { parentPort } from "node:worker_threads";
import type { PointSetContext } from "@aiml/domain";
import { type CheckedUpload, checkUpload } from "./check-upload";
import type { ImportProgress } from "./import-progress";

export interface CheckRequest {
  /** The file's bytes (moved to the worker, not copied). */
  bytes: Uint8Array;
  context: PointSetContext;
}

export type CheckMessage =
  | { type: "progress"; progress: ImportProgress }
  | { type: "done"; checked: CheckedUpload }
  | { type: "failed"; error: string };

const port = parentPort;
if (!port) throw new Error("check-upload-worker runs as a worker thread");

port.once("message", (request: CheckRequest) => {
  const post = (message: CheckMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  try {
    const checked = checkUpload(request.bytes, request.context, (progress) =>
      post({ type: "progress", progress }),
    );
    // The rows move to the caller without a copy.
    post({ type: "done", checked }, checked.rows ? [checked.rows.bytes.buffer as ArrayBuffer] : []);
  } catch (error) {
    post({
      type: "failed",
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
