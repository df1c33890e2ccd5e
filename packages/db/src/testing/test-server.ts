import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedServer } from "../lifecycle/embedded-server";
import { findFreePort } from "../lifecycle/port";

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

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-test-pg-"));
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
