import { noFilters, withSchemaEngine } from "./engine.ts";
import { describeApplyFailure } from "./errors.ts";
import { readMigrationsList } from "./migrations-list.ts";
import { migrationsDir as defaultMigrationsDir } from "./paths.ts";

export interface MigrationsDirOption {
  /** Defaults to the repository's prisma/migrations. */
  migrationsDir?: string;
}

/**
 * Applies the pending migrations to the database, like `prisma migrate deploy`. Idempotent and
 * cheap when nothing is pending; concurrent callers are serialised by the engine's advisory lock.
 */
export async function applyMigrations(
  databaseUrl: string,
  options: MigrationsDirOption = {},
): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationsList(options.migrationsDir ?? defaultMigrationsDir);
  const { appliedMigrationNames } = await withSchemaEngine(databaseUrl, (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilters }),
  ).catch((error: Error) => {
    throw describeApplyFailure(error);
  });
  return { applied: appliedMigrationNames };
}

export interface MigrationStatus {
  /** In the migrations directory and applied to the database. */
  applied: string[];
  /** In the migrations directory, not applied yet. */
  pending: string[];
  /** Attempted and failed; nothing more is applied until they are resolved. */
  failed: string[];
  /** Applied, but their migration.sql has changed since. */
  edited: string[];
  /** Applied to the database but missing from the migrations directory. */
  unknown: string[];
  /** Nothing pending, failed or unknown. */
  upToDate: boolean;
}

export async function migrationStatus(
  databaseUrl: string,
  options: MigrationsDirOption = {},
): Promise<MigrationStatus> {
  const migrationsList = await readMigrationsList(options.migrationsDir ?? defaultMigrationsDir);
  const diagnosis = await withSchemaEngine(databaseUrl, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: noFilters,
    }),
  );
  const history = diagnosis.history;
  const pending =
    history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [];
  const unknown =
    history && "unpersistedMigrationNames" in history ? history.unpersistedMigrationNames : [];
  const failed = diagnosis.failedMigrationNames;
  const notApplied = new Set([...pending, ...failed]);
  return {
    applied: migrationsList.migrationDirectories
      .map((directory) => directory.path)
      .filter((name) => !notApplied.has(name)),
    pending,
    failed,
    edited: diagnosis.editedMigrationNames,
    unknown,
    upToDate: pending.length === 0 && failed.length === 0 && unknown.length === 0,
  };
}
