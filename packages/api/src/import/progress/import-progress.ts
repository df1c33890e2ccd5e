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
