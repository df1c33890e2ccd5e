export { backupDatabase } from "./dump";
export type { BackupHeader } from "./format";
export { BackupError, restoreDatabase } from "./restore";
