import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedServer } from "../lifecycle/embedded-server";
import { findFreePort } from "../lifecycle/port";
import { DataDirInUseError, recoverStaleLock } from "../lifecycle/stale-lock";

const TEMP_PREFIX = "aiml-test-pg-";

/** Stops servers left by test runs that were killed before their teardown, and removes them. */
async function removeOrphanedTestServers(): Promise<void> {
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

export interface TestServer {
  /** A connection string that may create and drop databases. */
  serverUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The Postgres server tests create their databases on: the one in DATABASE_URL when set,
 * else a fresh embedded server in a temporary folder on a free port, removed on stop.
 */
export async function startTestServer(): Promise<TestServer> {
  const external = process.env.DATABASE_URL?.trim();
  if (external) return { serverUrl: external, embedded: false, stop: async () => {} };

  await removeOrphanedTestServers();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), TEMP_PREFIX));
  fs.chmodSync(tempDir, 0o755);
  const server = await startEmbeddedServer({
    dataDir: path.join(tempDir, "data"),
    port: await findFreePort(),
  });
  return {
    serverUrl: server.serverUrl,
    embedded: true,
    async stop() {
      await server.stop();
      fs.rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
