import { createHash } from "node:crypto";
import type { PointSetContext } from "@aiml/domain";
import type { CopyBatch } from "../copy/copy-rows";
import type { ReportProgress } from "../progress/import-progress";
import type { CheckReport } from "./check-upload";
import { RowBatches } from "./row-batches";
import { startUploadCheck, type UploadCheck } from "./start-upload-check";

interface Remembered {
  report: CheckReport;
  /** The rows, kept only for a file that can be applied. */
  rows: readonly CopyBatch[];
  size: number;
  at: number;
}

/**
 * Recent checks, by file and context. A commit normally follows its preview within minutes with
 * the same file: it then reuses the preview's check instead of reading the file again. (Another
 * app instance has its own: a commit that lands there reads the file again, with the same result.)
 */
const recent = new Map<string, Remembered>();
/** Rows kept for reuse at most: about two files of 100,000 rows. */
const MAX_BYTES = 48 * 1024 * 1024;
const MAX_AGE_MS = 15 * 60 * 1000;

/**
 * A check depends on the file's bytes and on what the dataset and the database hold. (WebCrypto
 * hashes on the thread pool: the event loop stays free while 40 MB are hashed.)
 */
async function keyOf(
  bytes: Uint8Array,
  context: PointSetContext,
  openDataFormat: string | null,
): Promise<string> {
  const contextKey = JSON.stringify([
    context.datasetAsOf ?? null,
    context.hasSource ?? null,
    [...context.knownDocumentIds].sort(),
    openDataFormat,
  ]);
  const digest = Buffer.from(
    await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>),
  );
  return `${digest.toString("hex")}:${createHash("sha256").update(contextKey).digest("hex")}`;
}

function remember(key: string, report: CheckReport, batches: readonly CopyBatch[] | null) {
  // Null: past MAX_BYTES, the batches were given up as they were written (see RowBatches).
  if (batches === null) return;
  const rows = report.canApply ? batches : [];
  const size = rows.reduce((n, b) => n + b.bytes.length, 0);
  const now = Date.now();
  recent.set(key, { report, rows, size, at: now });
  let total = 0;
  // Newest first: Map keeps insertion order, so walk it backwards.
  for (const [k, entry] of [...recent].reverse()) {
    total += entry.size;
    if (total > MAX_BYTES || now - entry.at > MAX_AGE_MS) recent.delete(k);
  }
}

/**
 * Checks an upload (see startUploadCheck), or hands back the check of the same file against the same
 * context made within the last minutes. The rows and report are shared: treat them as read-only.
 */
export async function checkUploadOnce(
  bytes: Uint8Array,
  context: PointSetContext,
  progress: ReportProgress,
  openDataFormat: string | null = null,
): Promise<UploadCheck> {
  const key = await keyOf(bytes, context, openDataFormat);
  const hit = recent.get(key);
  if (hit && Date.now() - hit.at <= MAX_AGE_MS) {
    return {
      rows: RowBatches.of(hit.rows),
      report: Promise.resolve(hit.report),
      known: hit.report,
    };
  }
  const check = startUploadCheck(bytes, context, progress, openDataFormat, MAX_BYTES);
  check.report.then(
    (report) => remember(key, report, check.rows.received),
    () => {},
  );
  return check;
}
