import { createPrismaClient } from "../client";
import { type DbEnv, readDbEnv } from "../env";
import { applyMigrations } from "../migrations";
import { type SeedReport, seedDatabase } from "../seed";
import { ensureDatabaseExists, withDatabase } from "./databases";
import { startEmbeddedServer } from "./embedded-server";

export const APP_DATABASE = "aiml";

export interface PreparedDatabase {
  databaseUrl: string;
  embedded: boolean;
  migrationsApplied: string[];
  seed?: SeedReport;
  /** Stops the embedded server (no-op for an external one). */
  stop(): Promise<void>;
}

export interface PrepareOptions {
  env?: DbEnv;
  seed?: boolean;
  log?: (message: string) => void;
}

/**
 * Gets the app a migrated (and optionally seeded) database: the server in DATABASE_URL, or
 * else an embedded Postgres in a git-ignored folder.
 */
export async function prepareDatabase(options: PrepareOptions = {}): Promise<PreparedDatabase> {
  const env = options.env ?? readDbEnv();
  const log = options.log ?? (() => {});

  let databaseUrl: string;
  let stop = async () => {};
  if (env.DATABASE_URL) {
    databaseUrl = env.DATABASE_URL;
    log(`Using the Postgres server in DATABASE_URL (${new URL(databaseUrl).host})`);
  } else {
    log(
      `Starting the embedded Postgres on port ${env.EMBEDDED_PG_PORT} (data in ${env.EMBEDDED_PG_DIR})`,
    );
    const server = await startEmbeddedServer({
      dataDir: env.EMBEDDED_PG_DIR,
      port: env.EMBEDDED_PG_PORT,
    });
    stop = server.stop;
    try {
      await ensureDatabaseExists(server.serverUrl, APP_DATABASE);
    } catch (error) {
      await stop();
      throw error;
    }
    databaseUrl = withDatabase(server.serverUrl, APP_DATABASE);
  }

  try {
    const { applied } = await applyMigrations(databaseUrl);
    log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Migrations up to date");
    let seed: SeedReport | undefined;
    if (options.seed) {
      const db = createPrismaClient(databaseUrl);
      try {
        seed = await seedDatabase(db);
      } finally {
        await db.$disconnect();
      }
      log(
        `Seed: ${seed.datasetsCreated.length} datasets created (${seed.dataPointsCreated} figures, ${seed.observationsCreated} observations), ${seed.datasetsKept.length} already present`,
      );
    }
    return { databaseUrl, embedded: !env.DATABASE_URL, migrationsApplied: applied, seed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
