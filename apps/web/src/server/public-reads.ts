import "server-only";
import { processShared } from "@aiml/cache";
import { getDb } from "@aiml/db";
import { type PublicReadLimiter, publicReadLimiter } from "~/serving/routes/public-read-limit";
import { serverEnv } from "./env";

/** The process's one limiter: the tRPC and CSV routes are separate bundles sharing it. */
export const publicReads = (): PublicReadLimiter =>
  processShared("public-read-limiter", () =>
    publicReadLimiter({ db: getDb, perMinute: serverEnv().PUBLIC_READ_LIMIT }),
  );
