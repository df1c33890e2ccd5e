/** The first line of every backup file. */
export const BACKUP_MAGIC = "-- aiml-backup 1";

export interface BackupHeader {
  format: "aiml-backup/1";
  createdAt: string;
  /** `SHOW server_version` of the server it was taken from. */
  serverVersion: string;
  /** The migrations the database had: a restore needs the same or a later schema. */
  migrations: string[];
  /** Rows per table, checked again after a restore. */
  rowCounts: Record<string, number>;
}

/** `COPY "table" ("a", "b") FROM stdin;`, the line before each table's rows. */
export const COPY_LINE = /^COPY "((?:[^"]|"")+)" \(([^)]*)\) FROM stdin;$/;
/** The line after a table's rows (in COPY's text format a row can never be exactly this). */
export const END_OF_ROWS = "\\.";
