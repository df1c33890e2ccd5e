// The fault scripts' app instances: the bare production server (see @aiml/script-lib/app) on
// the database a script prepared, logged, and killed whatever way the script ends.
import { randomBytes } from "node:crypto";
import { type AppInstance, type ServerOptions, startAppServer } from "@aiml/script-lib/app";
import { log, onCleanup } from "./verdict";

export { type AppInstance, assertBuilt, repoRoot } from "@aiml/script-lib/app";

/** One secret for every instance a script starts, so that they accept each other's sessions. */
const authSecret = randomBytes(32).toString("base64url");

/** Starts the production server (apps/web/src/serving/server.ts) on the given database, waits until healthy. */
export async function startApp(options: Omit<ServerOptions, "authSecret">): Promise<AppInstance> {
  const app = await startAppServer({ ...options, authSecret });
  onCleanup(() => app.kill());
  log(`${app.name} is up at ${app.url} (pid ${app.pid}, log ${app.logFile})`);
  return app;
}
