import { access, mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { type DiffOptions, diffMigrationsToSchema } from "./diff.ts";
import { lockfileContent, lockfileName, migrationFileName } from "./migrations-list.ts";
import { migrationsDir as defaultMigrationsDir, schemaPath as defaultSchemaPath } from "./paths.ts";

export interface CreateMigrationOptions extends DiffOptions {
  /** The migration's timestamp; defaults to now. */
  now?: Date;
}

export interface CreatedMigration {
  /** The migration directory's name, `<yyyyMMddHHmmss>_<name>`. */
  name: string;
  /** Absolute path of the new migration.sql. */
  path: string;
  sql: string;
}

/**
 * Writes `<migrationsDir>/<UTC timestamp>_<snake_name>/migration.sql` with the SQL that brings
 * the existing migrations up to the Prisma schema. Refuses when there is nothing to migrate.
 */
export async function createMigration(
  name: string,
  options: CreateMigrationOptions = {},
): Promise<CreatedMigration> {
  const slug = migrationSlug(name);
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const sql = await diffMigrationsToSchema({ ...options, migrationsDir });
  if (sql === "") {
    throw new Error(
      `No changes: the migrations in ${migrationsDir} already match ${options.schemaPath ?? defaultSchemaPath}. Edit the schema first.`,
    );
  }

  const directoryName = `${utcTimestamp(options.now ?? new Date())}_${slug}`;
  const existing = await readdir(migrationsDir).catch(() => [] as string[]);
  const later = existing.filter((entry) => /^\d{14}_/.test(entry) && entry >= directoryName);
  if (later.length > 0) {
    throw new Error(
      `Migration ${directoryName} would not sort after the existing ${later.join(", ")}; wait a second or check the clock.`,
    );
  }

  const directory = path.join(migrationsDir, directoryName);
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, migrationFileName);
  await writeFile(file, sql, { flag: "wx" });
  const lockfile = path.join(migrationsDir, lockfileName);
  if (!(await exists(lockfile))) await writeFile(lockfile, lockfileContent);
  return { name: directoryName, path: file, sql };
}

/**
 * Validates a migration name and turns it into snake_case: "Add user phone" and
 * "addUserPhone" both become "add_user_phone".
 */
export function migrationSlug(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9 _-]*$/.test(name.trim())) {
    throw new Error(
      `Invalid migration name "${name}": use letters, digits, spaces, "-" or "_", starting with a letter or digit.`,
    );
  }
  const slug = name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (slug.length > 200) throw new Error(`Invalid migration name: longer than 200 characters.`);
  return slug;
}

function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** yyyyMMddHHmmss in UTC, as Prisma names migration directories. */
export function utcTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}
