import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { backupDatabase, restoreDatabase } from "@aiml/db/backup";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { defaultScenarioInputs } from "@aiml/domain";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetIdOf, LEVELS_SLUG, point } from "./helpers/admin-fixtures";
import { createUserCaller } from "./helpers/users";

let source: TestDatabase;
let dir: string;
let file: string;
const restored: TestDatabase[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-backup-test-"));
  file = path.join(dir, "backup.sql.gz");
  // The seeded benchmark data, plus users (one an admin with two-factor authentication), their
  // scenarios, and a version published through the admin API (audit entries with it).
  source = await createTestDatabase();
  const admin = await createUserCaller(source, "admin");
  const user = await createUserCaller(source.db);
  for (const name of ["Offer A", 'Offer B, with "quotes", tabs\tand\nnew lines \\ ünïcödé']) {
    await user.caller.scenario.create({ inputs: { ...defaultScenarioInputs, name } });
  }
  const datasetId = await datasetIdOf(source.db, LEVELS_SLUG);
  const draft = await admin.caller.admin.drafts.start({ datasetId });
  const saved = await admin.caller.admin.drafts.save({
    datasetId,
    draftId: draft.id,
    revision: draft.revision,
    changes: { upsert: [point({ key: "backup.test", value: 123_456.5 })], delete: [] },
  });
  if (saved.status !== "saved") throw new Error("the draft did not save");
  await admin.caller.admin.drafts.publish({
    datasetId,
    draftId: draft.id,
    revision: saved.revision,
  });
});
afterAll(async () => {
  for (const t of restored) await t.drop();
  await source?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every table's rows, in a fixed order, as Postgres prints them. */
async function contents(url: string): Promise<Record<string, { count: number; rows: string[] }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
       ORDER BY table_name`,
    );
    const result: Record<string, { count: number; rows: string[] }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(
        `SELECT t::text AS row FROM "${name}" t ORDER BY 1`,
      );
      result[name] = { count: rows.length, rows: rows.map((r) => r.row) };
    }
    const { rows: migrations } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations ORDER BY 1`,
    );
    result._migrations = { count: migrations.length, rows: migrations.map((m) => m.name) };
    return result;
  } finally {
    await client.end();
  }
}

async function emptyDatabase() {
  const t = await createTestDatabase({ empty: true });
  restored.push(t);
  return t;
}

describe("db:backup and db:restore", () => {
  it("restores every table, row for row, into an empty database", async () => {
    const header = await backupDatabase(source.url, file);
    const before = await contents(source.url);
    expect(before.user?.count).toBeGreaterThanOrEqual(2);
    expect(before.Scenario?.count).toBe(2);
    expect(before.two_factor?.count).toBe(1);
    expect(before.DatasetVersion?.rows.some((r) => r.includes("published"))).toBe(true);
    expect(header.rowCounts.DataPoint).toBe(before.DataPoint?.count);

    const target = await emptyDatabase();
    await restoreDatabase(target.url, file);
    expect(await contents(target.url)).toEqual(before);
    // The restored database works through the app's own client.
    const scenarios = await target.db.scenario.findMany({ orderBy: { name: "asc" } });
    expect(scenarios.map((s) => s.name)).toEqual([
      "Offer A",
      'Offer B, with "quotes", tabs\tand\nnew lines \\ ünïcödé',
    ]);
  });

  it("refuses a database that is not empty, changing nothing", async () => {
    const before = await contents(source.url);
    await expect(restoreDatabase(source.url, file)).rejects.toThrow(/not empty/);
    expect(await contents(source.url)).toEqual(before);
  });

  it("refuses a file that is not a backup, or is cut short, and rolls back", async () => {
    const notBackup = path.join(dir, "not-a-backup.gz");
    fs.writeFileSync(notBackup, gzipSync("SELECT 1;\n"));
    await expect(restoreDatabase((await emptyDatabase()).url, notBackup)).rejects.toThrow(
      /not a backup/,
    );
    await expect(
      restoreDatabase((await emptyDatabase()).url, path.join(dir, "missing.gz")),
    ).rejects.toThrow(/No backup file/);

    const text = gunzipSync(fs.readFileSync(file)).toString("utf8");
    const truncated = path.join(dir, "truncated.gz");
    fs.writeFileSync(truncated, gzipSync(text.slice(0, Math.floor(text.length * 0.6))));
    const target = await emptyDatabase();
    await expect(restoreDatabase(target.url, truncated)).rejects.toThrow(
      /ends inside table|rows after/,
    );
    const after = await contents(target.url);
    for (const [table, { count }] of Object.entries(after)) {
      if (table !== "_migrations") expect(count, table).toBe(0);
    }
  });

  it("refuses a backup from a newer schema", async () => {
    const text = gunzipSync(fs.readFileSync(file)).toString("utf8");
    const newer = text.replace('"migrations":[', '"migrations":["29991231000000_from_the_future",');
    const newerFile = path.join(dir, "newer.gz");
    fs.writeFileSync(newerFile, gzipSync(newer));
    await expect(restoreDatabase((await emptyDatabase()).url, newerFile)).rejects.toThrow(
      /newer version of the app/,
    );
  });
});
