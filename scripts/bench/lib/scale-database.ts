import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ensureDatabaseExists,
  findFreePort,
  startEmbeddedServer,
  withDatabase,
} from "@aiml/db/lifecycle";
import pg from "pg";

export interface ScaleDatabase {
  databaseUrl: string;
  /**
   * Logs every statement with its duration (log_min_duration_statement = 0) until stopped;
   * returns the log lines written in between.
   */
  timeQueries<T>(during: () => Promise<T>): Promise<{ result: T; log: string }>;
  stop(): Promise<void>;
}

async function run(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A throwaway embedded Postgres (temporary folder, free port) whose log lines carry the
 * backend's pid, so that statement durations can be put back together per query.
 */
export async function startScaleDatabase(): Promise<ScaleDatabase> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-bench-pg-"));
  fs.chmodSync(tempDir, 0o755);
  let capture: string[] | undefined;
  try {
    const server = await startEmbeddedServer({
      dataDir: path.join(tempDir, "data"),
      port: await findFreePort(),
      onLog: (message) => capture?.push(message),
    });
    await run(
      server.serverUrl,
      "ALTER SYSTEM SET log_line_prefix = '%p '",
      "SELECT pg_reload_conf()",
    );
    await ensureDatabaseExists(server.serverUrl, "aiml");
    const setTiming = async (on: boolean) => {
      await run(
        server.serverUrl,
        `ALTER SYSTEM SET log_min_duration_statement = ${on ? 0 : -1}`,
        "SELECT pg_reload_conf()",
      );
      // Each backend rereads its settings before its next command; give the signal a moment.
      await new Promise((r) => setTimeout(r, 500));
    };
    return {
      databaseUrl: withDatabase(server.serverUrl, "aiml"),
      async timeQueries(during) {
        capture = [];
        await setTiming(true);
        try {
          const result = await during();
          return { result, log: capture.join("\n") };
        } finally {
          await setTiming(false);
          capture = undefined;
        }
      },
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
