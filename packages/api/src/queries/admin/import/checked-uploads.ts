import { createHash } from "node:crypto";
import type { PointSetContext } from "@aiml/domain";
import { checkInWorker } from "./check-in-worker";
import type { CheckedUpload } from "./check-upload";
import type { ReportProgress } from "./import-progress";

/**
 * Recent checks, by file and context. A commit normally follows its preview within minutes with
 * the same file: it then reuses the preview's check instead of reading the file again. (Another
 * app instance has its own: a commit that lands there reads the file again, with the same result.)
 */
const recent = new Map<string, { checked: CheckedUpload; size: number; at: number }>();
/** Rows kept for reuse at most: about two files of 100,000 rows. */
const MAX_BYTES = 48 * 1024 * 1024;
const MAX_AGE_MS = 15 * 60 * 1000;

/** A check depends on the file's bytes and on what the dataset and the database hold. */
function keyOf(bytes: Uint8Array, context: PointSetContext): string {
  const contextKey = JSON.stringify([
    context.datasetAsOf ?? null,
    context.hasSource ?? null,
    [...context.knownDocumentIds].sort(),
  ]);
  return createHash("sha256").update(bytes).update("\0").update(contextKey).digest("hex");
}

function remember(key: string, checked: CheckedUpload, now: number) {
  const size = checked.rows?.bytes.length ?? 0;
  if (size > MAX_BYTES) return;
  recent.set(key, { checked, size, at: now });
  let total = 0;
  // Newest first: Map keeps insertion order, so walk it backwards.
  for (const [k, entry] of [...recent].reverse()) {
    total += entry.size;
    if (total > MAX_BYTES || now - entry.at > MAX_AGE_MS) recent.delete(k);
  }
}

/**
 * Checks an upload in a worker thread, or returns the check of the same file against the same
 * context made within the last minutes. The result is shared: treat it as read-only.
 */
export async function checkUploadOnce(
  bytes: Uint8Array,
  context: PointSetContext,
  report: ReportProgress,
): Promise<CheckedUpload> {
  const key = keyOf(bytes, context);
  const now = Date.now();
  const hit = recent.get(key);
  if (hit && now - hit.at <= MAX_AGE_MS) return hit.checked;
  const checked = await checkInWorker(bytes, context, report);
  remember(key, checked, Date.now());
  return checked;
}
