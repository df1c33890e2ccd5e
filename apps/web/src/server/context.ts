import "server-only";
import { createTRPCContext, databaseUnavailable } from "@aiml/api";
import { getDb, isDatabaseUnavailable, reportDatabaseError } from "@aiml/db";
import { getSessionFromHeaders } from "./auth";
import { serverEnv } from "./env";

export async function createContext(headers: Headers) {
  serverEnv();
  try {
    return await createTRPCContext({ headers, db: getDb(), getSession: getSessionFromHeaders });
  } catch (error) {
    // The session lookup is the first query of every request: a database that is down fails here.
    if (!isDatabaseUnavailable(error)) throw error;
    reportDatabaseError(error);
    throw databaseUnavailable(error);
  }
}
