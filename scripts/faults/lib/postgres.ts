import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  createDatabase,
  dropDatabase,
  findFreePort,
  type RunningServer,
  startEmbeddedServer,
  withDatabase,
} from "@aiml/db/lifecycle";
import pg from "pg";
import { log, onCleanup } from "./verdict";

const APP_DATABASE = "aiml_faults";

export interface FaultDatabase {
  /** The app database's connection string. */
  url: string;
  embedded: boolean;
  /** Stops the embedded Postgres (a fast shutdown: open transactions roll back); data stays. */
  stopServer(): Promise<void>;
  /** Starts it again on the same port and data folder. */
  startServer(): Promise<void>;
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    params?: unknown[],
  ): Promise<R[]>;
  /** A connection of its own, e.g. to hold a lock; the caller ends it. */
  connect(): Promise<pg.Client>;
}

async function migrateAndSeed(url: string): Promise<void> {
  // Imported here so that only the scripts that prepare a database load the migration engine.
  const { applyMigrations } = await import("@aiml/db/migrations");
  const { seedDatabase } = await import("@aiml/db/seed");
  const { createPrismaClient } = await import("@aiml/db");
  await applyMigrations(url);
  const db = createPrismaClient(url);
  try {
    await seedDatabase(db);
  } finally {
    await db.$disconnect();
  }
}

function clientApi(url: string) {
  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  };
  return {
    connect,
    async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
      const client = await connect();
      try {
        return (await client.query<R>(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * A migrated, seeded database for one fault script: on FAULTS_DATABASE_URL's server when set
 * (a database of its own, dropped at the end; the server cannot be stopped), else on an
 * embedded Postgres in a temporary folder that the script may stop and start.
 */
export async function startFaultDatabase(
  options: { needsRestart?: boolean } = {},
): Promise<FaultDatabase> {
  const external = process.env.FAULTS_DATABASE_URL?.trim();
  if (external && !options.needsRestart) {
    const name = `${APP_DATABASE}_${randomBytes(4).toString("hex")}`;
    await createDatabase(external, name);
    onCleanup(() => dropDatabase(external, name));
    const url = withDatabase(external, name);
    log(`Database ${name} on FAULTS_DATABASE_URL's server: migrating and seeding`);
    await migrateAndSeed(url);
    const unsupported = async () => {
      throw new Error("An external server cannot be stopped by this script");
    };
    return {
      url,
      embedded: false,
      stopServer: unsupported,
      startServer: unsupported,
      ...clientApi(url),
    };
  }

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-faults-pg-"));
  fs.chmodSync(tempDir, 0o755);
  onCleanup(() => fs.rmSync(tempDir, { recursive: true, force: true }));
  const dataDir = path.join(tempDir, "data");
  const port = await findFreePort();
  let server: RunningServer | undefined = await startEmbeddedServer({ dataDir, port });
  onCleanup(() => server?.stop());
  await createDatabase(server.serverUrl, APP_DATABASE);
  const url = withDatabase(server.serverUrl, APP_DATABASE);
  log(`Embedded Postgres on port ${port} (${dataDir}): migrating and seeding`);
  await migrateAndSeed(url);

  return {
    url,
    embedded: true,
    async stopServer() {
      await server?.stop();
      server = undefined;
    },
    async startServer() {
      server ??= await startEmbeddedServer({ dataDir, port });
    },
    ...clientApi(url),
  };
}
