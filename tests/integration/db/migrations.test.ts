import { randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  applyMigrations,
  createMigration,
  diffMigrationsToSchema,
  migrationSlug,
  migrationStatus,
  migrationsDir,
  schemaPath,
} from "@aiml/db/migrations";
// The test server vitest's global setup provides (its type, declared with the helpers).
import type {} from "@aiml/db/testing";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";

// The run's test server: embedded, or DATABASE_URL's when set.
const serverUrl = inject("testServerUrl");

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  const pending = cleanups.splice(0).reverse();
  for (const cleanup of pending) await cleanup();
});

async function onServer(sql: string, database?: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: database ? urlOf(database) : serverUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function urlOf(database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh, empty database, dropped after the test. */
async function freshDatabase(): Promise<{ name: string; url: string }> {
  const name = `mig_test_${randomBytes(6).toString("hex")}`;
  await onServer(`CREATE DATABASE "${name}"`);
  cleanups.push(() => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => {}));
  return { name, url: urlOf(name) };
}

/** A temporary copy of prisma/ (schema + migrations), removed after the test. */
async function copyOfPrismaDir(): Promise<{ schemaPath: string; migrationsDir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), "mig-test-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const copy = {
    schemaPath: path.join(dir, "schema.prisma"),
    migrationsDir: path.join(dir, "migrations"),
  };
  await cp(schemaPath, copy.schemaPath);
  await cp(migrationsDir, copy.migrationsDir, { recursive: true });
  return copy;
}

async function editSchema(file: string, edit: (schema: string) => string): Promise<void> {
  const before = await readFile(file, "utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  await writeFile(file, after);
}

describe("migrations", { timeout: 60_000 }, () => {
  it("match schema.prisma (run `pnpm db:migration:create <name>` after editing the schema)", async () => {
    const drift = await diffMigrationsToSchema({ databaseUrl: serverUrl });
    expect(drift, "schema.prisma has changes without a migration").toBe("");
  });

  it("report drift when the schema has changes without a migration", async () => {
    const copy = await copyOfPrismaDir();
    await editSchema(
      copy.schemaPath,
      (schema) => `${schema}\nmodel DriftProbe {\n  id Int @id\n}\n`,
    );
    const sql = await diffMigrationsToSchema({ databaseUrl: serverUrl, ...copy });
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
  });

  it("round trip: create a migration, apply everything, then nothing more", async () => {
    const copy = await copyOfPrismaDir();
    await editSchema(copy.schemaPath, (schema) =>
      schema.replace(/model DataRevision \{\n/, '$&  note      String   @default("")\n'),
    );

    const created = await createMigration("Add data revision note", {
      databaseUrl: serverUrl,
      ...copy,
    });
    expect(created.name).toMatch(/^\d{14}_add_data_revision_note$/);
    expect(created.path).toBe(path.join(copy.migrationsDir, created.name, "migration.sql"));
    expect(await readFile(created.path, "utf8")).toBe(created.sql);
    expect(created.sql).toMatch(/ALTER TABLE "DataRevision" ADD COLUMN\s+"note" TEXT NOT NULL/);
    await expect(createMigration("again", { databaseUrl: serverUrl, ...copy })).rejects.toThrow(
      /No changes/,
    );

    const db = await freshDatabase();
    const dir = { migrationsDir: copy.migrationsDir };
    const before = await migrationStatus(db.url, dir);
    expect(before.applied).toEqual([]);
    expect(before.pending.length).toBeGreaterThan(1);
    expect(before.pending.at(-1)).toBe(created.name);
    expect(before.upToDate).toBe(false);

    const { applied } = await applyMigrations(db.url, dir);
    expect(applied).toEqual(before.pending);

    const after = await migrationStatus(db.url, dir);
    expect(after).toMatchObject({ applied, pending: [], failed: [], upToDate: true });
    const column = await onServer(
      `SELECT data_type, column_default FROM information_schema.columns
       WHERE table_name = 'DataRevision' AND column_name = 'note'`,
      db.name,
    );
    expect(column.rows).toEqual([{ data_type: "text", column_default: "''::text" }]);

    expect(await applyMigrations(db.url, dir)).toEqual({ applied: [] });
  });

  it("make AuditLog append-only", async () => {
    const db = await freshDatabase();
    await applyMigrations(db.url);
    await onServer(
      `INSERT INTO "AuditLog" ("id", "action", "entityType") VALUES ('a1', 'dataset.publish', 'Dataset')`,
      db.name,
    );
    for (const statement of [
      `UPDATE "AuditLog" SET "note" = 'edited'`,
      `DELETE FROM "AuditLog" WHERE "id" = 'a1'`,
      `TRUNCATE "AuditLog"`,
    ]) {
      await expect(onServer(statement, db.name)).rejects.toThrow(/AuditLog is append-only/);
    }
    const rows = await onServer(`SELECT "id", "note" FROM "AuditLog"`, db.name);
    expect(rows.rows).toEqual([{ id: "a1", note: null }]);
  });

  it("report a failing migration readably and roll it back", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "mig-test-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    await mkdir(path.join(dir, "20250101000000_broken"));
    await writeFile(
      path.join(dir, "20250101000000_broken", "migration.sql"),
      'CREATE TABLE "Kept" ("id" INTEGER);\nSELECT * FROM "missing_table";\n',
    );
    const db = await freshDatabase();

    const error = await applyMigrations(db.url, { migrationsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^Migration 20250101000000_broken failed to apply/);
    expect(message).toContain("missing_table");
    expect(message).not.toMatch(/wasm|schema_engine|\.rs:/);

    const kept = await onServer(`SELECT to_regclass('"Kept"') AS "table"`, db.name);
    expect(kept.rows).toEqual([{ table: null }]);
    expect(await migrationStatus(db.url, { migrationsDir: dir })).toMatchObject({
      failed: ["20250101000000_broken"],
      upToDate: false,
    });
  });

  it("validate migration names", () => {
    expect(migrationSlug("addUserPhone")).toBe("add_user_phone");
    expect(migrationSlug(" Add user-phone ")).toBe("add_user_phone");
    for (const bad of ["", "../escape", "drop; table", "_x"]) {
      expect(() => migrationSlug(bad)).toThrow(/Invalid migration name/);
    }
  });
});
