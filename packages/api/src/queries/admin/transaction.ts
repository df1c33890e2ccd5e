import type { Database } from "@aiml/db";

/**
 * What admin queries use of a client: the app's client or an interactive transaction's. (A
 * transaction's client is typed without the app's global `omit`; it still fits this shape.)
 */
export type Tx = Pick<
  Database,
  | "dataset"
  | "datasetVersion"
  | "dataPoint"
  | "auditLog"
  | "dataRevision"
  | "sourceDocument"
  | "user"
  | "$queryRaw"
  | "$executeRaw"
>;

/** For writes of up to a whole import (100,000+ rows) in one transaction. */
export const BULK_TRANSACTION = { maxWait: 10_000, timeout: 120_000 } as const;
