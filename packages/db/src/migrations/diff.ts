import { readFile } from "node:fs/promises";
import { databaseUrlSetting } from "../env/settings.ts";
import { noFilters, withSchemaEngine } from "./engine.ts";
import { lockfileContent, readMigrationsList } from "./migrations-list.ts";
import { migrationsDir as defaultMigrationsDir, schemaPath as defaultSchemaPath } from "./paths.ts";

export interface DiffOptions {
  /**
   * A Postgres server on which temporary shadow databases may be created and dropped (the URL's
   * database must exist; it is only used to run CREATE/DROP DATABASE). Defaults to DATABASE_URL.
   */
  databaseUrl?: string;
  /** Defaults to the repository's prisma/schema.prisma. */
  schemaPath?: string;
  /** Defaults to the repository's prisma/migrations. */
  migrationsDir?: string;
}

/**
 * The SQL that would bring a database built from the migrations up to the Prisma schema, or ""
 * when they agree. The migrations are replayed on a temporary shadow database.
 */
export async function diffMigrationsToSchema(options: DiffOptions = {}): Promise<string> {
  const databaseUrl = options.databaseUrl ?? databaseUrlSetting();
  if (!databaseUrl) {
    throw new Error(
      "diffMigrationsToSchema needs a Postgres server for its shadow database: pass databaseUrl or set DATABASE_URL.",
    );
  }
  const schemaPath = options.schemaPath ?? defaultSchemaPath;
  const [schema, migrations] = await Promise.all([
    readFile(schemaPath, "utf8"),
    readMigrationsList(options.migrationsDir ?? defaultMigrationsDir),
  ]);
  // Before the first migration there is no lockfile yet. Diffing from an empty migration
  // history rather than from "empty" keeps Prisma's output (no CREATE SCHEMA "public").
  if (migrations.lockfile.content === null && migrations.migrationDirectories.length === 0) {
    migrations.lockfile.content = lockfileContent;
  }
  const { stdout } = await withSchemaEngine(databaseUrl, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...migrations },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    }),
  );
  const script = stdout ?? "";
  return hasStatements(script) ? script : "";
}

/** The engine answers "-- This is an empty migration." when there is nothing to do. */
function hasStatements(script: string): boolean {
  return script.split("\n").some((line) => line.trim() !== "" && !line.trim().startsWith("--"));
}
