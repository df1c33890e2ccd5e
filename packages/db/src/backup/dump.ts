import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { BACKUP_MAGIC, type BackupHeader, END_OF_ROWS } from "./format";
import { appliedMigrations, appTables, quoteIdent } from "./tables";

/**
 * Writes a consistent backup of the database to `file` (gzip): one snapshot (a REPEATABLE READ,
 * read-only transaction) read table by table with COPY, in Postgres's own text format, behind
 * a header naming the schema's migrations and each table's row count. Plain Node and SQL, so
 * it needs no pg_dump of the server's version.
 */
export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupHeader> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const temporary = `${file}.partial`;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await appTables(client);
    const rowCounts: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${quoteIdent(table.name)}`,
      );
      rowCounts[table.name] = Number(rows[0]?.n ?? 0);
    }
    const header: BackupHeader = {
      format: "aiml-backup/1",
      createdAt: new Date().toISOString(),
      serverVersion:
        (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]
          ?.server_version ?? "unknown",
      migrations: await appliedMigrations(client),
      rowCounts,
    };

    const gzip = createGzip();
    const written = pipeline(gzip, fs.createWriteStream(temporary, { mode: 0o600 }));
    const write = (text: string | Buffer) =>
      gzip.write(text) ? Promise.resolve() : new Promise<void>((r) => gzip.once("drain", r));
    await write(`${BACKUP_MAGIC}\n-- ${JSON.stringify(header)}\n`);
    for (const table of tables) {
      const columns = table.columns.map(quoteIdent).join(", ");
      await write(`COPY ${quoteIdent(table.name)} (${columns}) FROM stdin;\n`);
      const rows = client.query(copyTo(`COPY ${quoteIdent(table.name)} (${columns}) TO STDOUT`));
      for await (const chunk of rows) await write(chunk as Buffer);
      await write(`${END_OF_ROWS}\n`);
    }
    gzip.end();
    await written;
    await client.query("COMMIT");
    fs.renameSync(temporary, file);
    return header;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
