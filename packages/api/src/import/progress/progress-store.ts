import type { Database } from "@aiml/db";
import type { ImportProgress, ReportProgress } from "./import-progress";

/** At most one write per import this often: the copy must not wait on its own progress. */
export const PROGRESS_WRITE_INTERVAL_MS = 250;
/** Rows older than this are an import that ended without clearing its row (a crash). */
const STALE = "10 minutes";

async function write(db: Database, id: string, actorId: string, p: ImportProgress) {
  // Another admin's id is left alone: the WHERE keeps the row of whoever wrote it first.
  await db.$executeRaw`
    INSERT INTO import_progress (id, "actorId", stage, done, total, "updatedAt")
    VALUES (${id}, ${actorId}, ${p.stage}, ${Math.round(p.done)}, ${Math.round(p.total)}, now())
    ON CONFLICT (id) DO UPDATE SET stage = EXCLUDED.stage, done = EXCLUDED.done,
      total = EXCLUDED.total, "updatedAt" = now()
    WHERE import_progress."actorId" = EXCLUDED."actorId"`;
}

/**
 * Starts tracking an import under `progressId` (none: nothing is tracked). Returns the reporter
 * the import calls as it goes, and `finish` to call when it ends, whatever the outcome. Progress
 * is kept in Postgres, so a poll answered by another app instance sees it too; the reporter
 * only remembers the latest figure and writes it at most every PROGRESS_WRITE_INTERVAL_MS, one
 * write at a time, off the import's transaction. A failed write is not the import's failure:
 * the admin sees an older figure until the next write.
 */
export function trackProgress(
  db: Database,
  progressId: string | undefined,
  actorId: string,
): { report: ReportProgress; finish: () => Promise<void> } {
  if (!progressId) return { report: () => {}, finish: async () => {} };
  let latest: ImportProgress | null = null;
  let written: ImportProgress | null = null;
  let writing: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let lastWriteAt = 0;
  let finished = false;

  const flush = () => {
    timer = null;
    if (finished || writing || !latest || latest === written) return;
    const progress = latest;
    lastWriteAt = Date.now();
    writing = write(db, progressId, actorId, progress)
      .then(
        () => {
          written = progress;
        },
        () => {},
      )
      .finally(() => {
        writing = null;
        schedule();
      });
  };
  const schedule = () => {
    if (finished || timer || writing || latest === written) return;
    const wait = Math.max(0, lastWriteAt + PROGRESS_WRITE_INTERVAL_MS - Date.now());
    timer = setTimeout(flush, wait);
    timer.unref();
  };

  db.$executeRaw`DELETE FROM import_progress WHERE "updatedAt" < now() - ${STALE}::interval`.catch(
    () => {},
  );
  return {
    report: (progress) => {
      latest = progress;
      schedule();
    },
    finish: async () => {
      finished = true;
      if (timer) clearTimeout(timer);
      await writing;
      await db.$executeRaw`DELETE FROM import_progress WHERE id = ${progressId} AND "actorId" = ${actorId}`.catch(
        () => {},
      );
    },
  };
}

/**
 * The latest progress of an import that `actorId` started, on any app instance; null when it has
 * not reported yet or has finished.
 */
export async function readProgress(
  db: Database,
  progressId: string,
  actorId: string,
): Promise<ImportProgress | null> {
  const [row] = await db.$queryRaw<ImportProgress[]>`
    SELECT stage, done, total FROM import_progress
    WHERE id = ${progressId} AND "actorId" = ${actorId}
      AND "updatedAt" >= now() - ${STALE}::interval`;
  return row ?? null;
}
