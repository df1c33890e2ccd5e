import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type RunningServer, startEmbeddedServer } from "./embedded-server";
import { findFreePort } from "./port";
import { DataDirInUseError, recoverStaleLock } from "./stale-lock";

const TEMP_PREFIX = "aiml-pg-throwaway-";

/** Stops servers left by runs that were killed before they could clean up, and removes them. */
async function removeOrphans(): Promise<void> {
  for (const name of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(TEMP_PREFIX))) {
    const dir = path.join(os.tmpdir(), name);
    try {
      const found = await recoverStaleLock(path.join(dir, "data"));
      // A "clean" folder may belong to a run that is still initialising: leave recent ones.
      const ageMs = Date.now() - fs.statSync(dir).mtimeMs;
      if (found !== "clean" || ageMs > 60 * 60 * 1000)
        fs.rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if (!(error instanceof DataDirInUseError)) throw error;
    }
  }
}

/**
 * A fresh embedded server in a temporary folder on a free port, for tests and one-off tools;
 * `stop()` shuts it down and deletes the folder.
 */
export async function startThrowawayServer(): Promise<RunningServer> {
  await removeOrphans();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), TEMP_PREFIX));
  fs.chmodSync(tempDir, 0o755);
  try {
    const server = await startEmbeddedServer({
      dataDir: path.join(tempDir, "data"),
      port: await findFreePort(),
    });
    return {
      ...server,
      async stop() {
        await server.stop();
        fs.rmSync(tempDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
}
