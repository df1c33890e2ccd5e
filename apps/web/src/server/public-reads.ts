import "server-only";
import { type PublicReadLimiter, publicReadLimiter } from "@aiml/api";
import { processShared } from "@aiml/api/process-shared";
import { getDb } from "@aiml/db";
import { serverEnv } from "./env";

/** The process's one limiter: the tRPC and CSV routes are separate bundles sharing it. */
export const publicReads = (): PublicReadLimiter =>
  processShared("public-read-limiter", () =>
    publicReadLimiter({ db: getDb, perMinute: serverEnv().PUBLIC_READ_LIMIT }),
  );
