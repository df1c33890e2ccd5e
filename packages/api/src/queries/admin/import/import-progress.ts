/**
 * How far an import has got, for the admin watching it. Stages in order: a preview goes from
 * waiting to comparing, a commit from waiting (or straight from comparing, when the file was
 * just checked) to saving.
 */
export type ImportStage =
  /** Another import is being checked: this process checks one file at a time. */
  | "waiting"
  /** Reading and checking rows one by one; done and total are characters of the file. */
  | "reading"
  /** Checking the rows against each other (duplicates, totals); no measure, total is 0. */
  | "checking"
  /** Loading the rows to compare them with the draft; done and total are rows. */
  | "comparing"
  /** Writing the rows into the draft; done and total are rows. */
  | "writing";

export interface ImportProgress {
  stage: ImportStage;
  done: number;
  total: number;
}

export type ReportProgress = (progress: ImportProgress) => void;

interface Tracked {
  actorId: string;
  progress: ImportProgress | null;
  startedAt: number;
}

/** Imports under way in this process, by the id their client chose. */
const imports = new Map<string, Tracked>();
/** Entries older than this are dropped (an import is bounded by its transaction's timeout). */
const MAX_AGE_MS = 10 * 60 * 1000;

function dropStale(now: number) {
  for (const [id, tracked] of imports) {
    if (now - tracked.startedAt > MAX_AGE_MS) imports.delete(id);
  }
}

/**
 * Starts tracking an import under `progressId` (none: nothing is tracked). Returns the reporter
 * the import calls as it goes, and `finish` to call when it ends, whatever the outcome.
 */
export function trackProgress(
  progressId: string | undefined,
  actorId: string,
): { report: ReportProgress; finish: () => void } {
  if (!progressId) return { report: () => {}, finish: () => {} };
  const now = Date.now();
  dropStale(now);
  const tracked: Tracked = { actorId, progress: null, startedAt: now };
  imports.set(progressId, tracked);
  return {
    report: (progress) => {
      tracked.progress = progress;
    },
    finish: () => {
      if (imports.get(progressId) === tracked) imports.delete(progressId);
    },
  };
}

/**
 * The latest progress of an import that `actorId` started in this process; null when it has not
 * reported yet, has finished, or runs elsewhere (another app instance behind a load balancer).
 */
export function readProgress(progressId: string, actorId: string): ImportProgress | null {
  const tracked = imports.get(progressId);
  return tracked && tracked.actorId === actorId ? tracked.progress : null;
}
