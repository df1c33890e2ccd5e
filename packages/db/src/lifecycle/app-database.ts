import fs from "node:fs";
import path from "node:path";
import { readDbEnv } from "../env";
import { withDatabase } from "./databases";
import { runningServerUrl } from "./embedded-server";
import { APP_DATABASE, prepareDatabase } from "./prepare-database";
import { isProcessAlive } from "./processes";
import { readPostmasterPid } from "./stale-lock";

/** The port of the embedded server running in `dataDir`, if one is. */
function runningEmbeddedPort(dataDir: string): number | undefined {
  const pid = readPostmasterPid(dataDir);
  if (!pid || !isProcessAlive(pid)) return undefined;
  const port = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[3]);
  return Number.isInteger(port) ? port : undefined;
}

/**
 * Runs `fn` on the app's database: DATABASE_URL's, the embedded one of a running app, or the
 * embedded one started just for this (and stopped after). For admin commands.
 */
export async function withAppDatabase<T>(fn: (databaseUrl: string) => Promise<T>): Promise<T> {
  const env = readDbEnv();
  if (env.DATABASE_URL) return fn(env.DATABASE_URL);
  const port = runningEmbeddedPort(env.EMBEDDED_PG_DIR);
  if (port) return fn(withDatabase(runningServerUrl(env.EMBEDDED_PG_DIR, port), APP_DATABASE));
  const prepared = await prepareDatabase({ env });
  try {
    return await fn(prepared.databaseUrl);
  } finally {
    await prepared.stop();
  }
}
