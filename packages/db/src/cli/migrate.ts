// Applies pending migrations from prisma/migrations to DATABASE_URL (`pnpm db:migrate`).
import { databaseUrlSetting } from "../env/settings.ts";
import { applyMigrations, migrationsDir } from "../migrations/index.ts";

async function main(databaseUrl: string | undefined): Promise<void> {
  if (!databaseUrl) {
    console.error(
      "DATABASE_URL is not set: set it to the Postgres database to migrate, e.g.\n" +
        "  DATABASE_URL=postgresql://user:password@localhost:5432/app pnpm db:migrate",
    );
    process.exitCode = 1;
    return;
  }
  const started = performance.now();
  const { applied } = await applyMigrations(databaseUrl);
  const took = `${Math.round(performance.now() - started)} ms`;
  if (applied.length === 0) {
    console.log(`No pending migrations in ${migrationsDir}; the database is up to date (${took}).`);
    return;
  }
  console.log(`Applied ${applied.length} migration(s) in ${took}:`);
  for (const name of applied) console.log(`  ${name}`);
}

main(databaseUrlSetting()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
