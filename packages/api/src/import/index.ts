// The admin CSV import, stage by stage: upload (what comes with the file, how it is read),
// check (parse and validate in a worker thread, rows encoded for COPY as they are read), copy
// (COPY into the draft or a staging table, keys checked after), progress (kept in Postgres).
export { SpareWorker } from "./check/spare-worker";
export { mayCheckKeysAfterCopy } from "./copy/keys-after-copy";
export { applyImport, previewImport } from "./import-draft";
export type { ImportProgress, ImportStage } from "./progress/import-progress";
export { PROGRESS_WRITE_INTERVAL_MS, readProgress, trackProgress } from "./progress/progress-store";
export {
  type CommitInput,
  commitInput,
  commitParams,
  type PreviewInput,
  previewInput,
  previewParams,
  progressId,
} from "./upload/import-input";
