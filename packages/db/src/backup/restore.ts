import fs from "node:fs";
import readline from "node:readline";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { applyMigrations } from "../migrations/index.ts";
import { BACKUP_MAGIC, type BackupHeader, COPY_LINE, END_OF_ROWS } from "./format";
import { readMigrationNames } from "./migration-names";
import { appTables, foreignKeys, quoteIdent } from "./tables";

export class BackupError extends Error {}

function parseHeader(line: string | undefined): BackupHeader {
  try {
    const header = JSON.parse(line?.replace(/^-- /, "") ?? "") as BackupHeader;
    if (header.format === "aiml-backup/1" && Array.isArray(header.migrations)) return header;
  } catch {}
  throw new BackupError("The backup's header is damaged: this file cannot be restored.");
}

/** The backup's migrations must be this checkout's, or an earlier run of them. */
function checkMigrations(header: BackupHeader, known: string[]) {
  const unknown = header.migrations.filter((m) => !known.includes(m));
  if (unknown.length > 0) {
    throw new BackupError(
      `The backup comes from a newer version of the app (migrations ${unknown.join(", ")} are not in prisma/migrations): restore it with that version.`,
    );
  }
  if (header.migrations.some((m, i) => known[i] !== m)) {
    throw new BackupError("The backup's migrations do not match this checkout's history.");
  }
}

/**
 * Restores a backup written by backupDatabase into an empty database: migrates it to this
 * checkout's schema, then loads every table in one transaction (foreign keys are dropped
 * during the load and added back, which checks every row against them) and compares the row
 * counts with the backup's. Anything wrong rolls the whole restore back.
 */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<BackupHeader> {
  if (!fs.existsSync(file)) throw new BackupError(`No backup file at ${file}.`);
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async () => {
    try {
      const result = await iterator.next();
      return result.done ? undefined : result.value;
    } catch (error) {
      throw new BackupError(
        `The backup file is damaged or not a backup (${error instanceof Error ? error.message : error}).`,
      );
    }
  };
  if ((await next()) !== BACKUP_MAGIC) {
    throw new BackupError("This file is not a backup made by `pnpm db:backup`.");
  }
  const header = parseHeader(await next());
  checkMigrations(header, readMigrationNames());

  await applyMigrations(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await appTables(client);
    for (const table of tables) {
      const { rows } = await client.query(`SELECT 1 FROM ${quoteIdent(table.name)} LIMIT 1`);
      if (rows.length > 0) {
        throw new BackupError(
          `The database is not empty (table ${table.name} has rows): restore into a new, empty database.`,
        );
      }
    }
    await client.query("BEGIN");
    const keys = await foreignKeys(client);
    for (const key of keys) {
      await client.query(
        `ALTER TABLE ${quoteIdent(key.table)} DROP CONSTRAINT ${quoteIdent(key.name)}`,
      );
    }
    const known = new Set(tables.map((t) => t.name));
    for (let line = await next(); line !== undefined; line = await next()) {
      if (line === "") continue;
      const copy = COPY_LINE.exec(line);
      const table = copy?.[1]?.replace(/""/g, '"');
      if (!copy || !table || !known.has(table)) {
        throw new BackupError(`Unexpected line in the backup: ${line.slice(0, 80)}`);
      }
      const target = client.query(copyFrom(line.replace(/ FROM stdin;$/, " FROM STDIN")));
      const finished = new Promise<void>((resolve, reject) => {
        target.on("finish", resolve);
        target.on("error", reject);
      });
      // A failed load is reported once, by the error thrown here, not again by the stream.
      finished.catch(() => {});
      for (let row = await next(); row !== END_OF_ROWS; row = await next()) {
        if (row === undefined) {
          target.destroy();
          throw new BackupError(`The backup ends inside table ${table}.`);
        }
        if (!target.write(`${row}\n`)) await new Promise((r) => target.once("drain", r));
      }
      target.end();
      await finished;
    }
    for (const key of keys) {
      await client.query(
        `ALTER TABLE ${quoteIdent(key.table)} ADD CONSTRAINT ${quoteIdent(key.name)} ${key.definition}`,
      );
    }
    for (const [table, expected] of Object.entries(header.rowCounts)) {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${quoteIdent(table)}`,
      );
      if (Number(rows[0]?.n) !== expected) {
        throw new BackupError(
          `Table ${table} has ${rows[0]?.n} rows after the restore, not ${expected}.`,
        );
      }
    }
    await client.query("COMMIT");
    return header;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
    lines.close();
  }
}
