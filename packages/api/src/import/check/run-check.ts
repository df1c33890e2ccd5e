import type { PointSetContext } from "@aiml/domain";
import type { CopyBatch } from "../copy/copy-rows";
import type { ReportProgress } from "../progress/import-progress";
import { checkOpenDataUpload } from "./check-open-data-upload";
import { type CheckReport, checkUpload } from "./check-upload";

export interface CheckRequest {
  /** The file's bytes (moved to a worker, not copied). */
  bytes: Uint8Array;
  context: PointSetContext;
  /** The dataset's open-data CSV layout, or null for a file of figures. */
  openDataFormat: string | null;
}

/** Checks one upload, in a worker thread or on the caller's: the file's layout picks the check. */
export function runCheck(
  request: CheckRequest,
  progress: ReportProgress,
  sendRows: (batch: CopyBatch) => void,
): CheckReport {
  return request.openDataFormat
    ? checkOpenDataUpload(request.bytes, request.openDataFormat, progress, sendRows)
    : checkUpload(request.bytes, request.context, progress, sendRows);
}
