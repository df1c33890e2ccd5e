import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Prisma } from "@aiml/db";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import {
  type PointColumn,
  pointColumnList,
  pointColumnNames,
  pointColumnTypes,
} from "../../queries/admin/point-column-types";
import type { Tx } from "../../queries/admin/transaction";
import { type CopyBatch, copyText } from "./copy-rows";
import {
  copyCheckingKeysPerRow,
  copyThenCheckKeys,
  mayCheckKeysAfterCopy,
} from "./keys-after-copy";

/*
 * An import's rows reach Postgres through COPY, the fastest way in, and are compared with a
 * version's rows in SQL. Temporary tables live in the transaction (ON COMMIT DROP).
 */

const typedColumns = pointColumnNames.map((c) => `"${c}" ${pointColumnTypes[c]}`).join(", ");

/** Sends COPY data batch by batch, reporting the rows sent so far as each batch goes out. */
export async function copyBatches(
  connection: PoolClient,
  sql: string,
  batches: AsyncIterable<CopyBatch>,
  report: (rowsSent: number) => void,
  transform: (bytes: Uint8Array) => Uint8Array = (bytes) => bytes,
): Promise<void> {
  async function* sent() {
    for await (const batch of batches) {
      yield transform(batch.bytes);
      // Asked for the next batch: this one has gone to the server.
      report(batch.rows);
    }
  }
  await pipeline(Readable.from(sent()), connection.query(copyFrom(sql)));
}

/**
 * Loads rows into the transaction's table "import_rows" (for a preview's comparison), as they
 * come: while a worker is still reading the file.
 */
export async function stageRows(
  connection: PoolClient,
  rows: AsyncIterable<CopyBatch>,
  report: (rowsSent: number) => void,
): Promise<void> {
  await connection.query(`CREATE TEMP TABLE import_rows (${typedColumns}) ON COMMIT DROP`);
  await copyBatches(connection, `COPY import_rows (${pointColumnList}) FROM STDIN`, rows, report);
}

/** Moves a version's rows out of "DataPoint" into the transaction's table "replaced_rows". */
export async function setAsideRows(connection: PoolClient, versionId: string): Promise<number> {
  await connection.query(`CREATE TEMP TABLE replaced_rows (${typedColumns}) ON COMMIT DROP`);
  const moved = await connection.query(
    `WITH gone AS (DELETE FROM "DataPoint" WHERE "versionId" = $1 RETURNING ${pointColumnList})
     INSERT INTO replaced_rows (${pointColumnList}) SELECT ${pointColumnList} FROM gone`,
    [versionId],
  );
  return moved.rowCount ?? 0;
}

/**
 * Copies rows into a version, as they come. Each line gets a new id and the version's id in
 * front: ids of one import share a random prefix and then count up, so the index on ids grows
 * at its end.
 */
export async function copyIntoVersion(
  connection: PoolClient,
  versionId: string,
  rows: AsyncIterable<CopyBatch>,
  report: (rowsSent: number) => void,
): Promise<void> {
  const prefix = Buffer.from(`${randomUUID()}-`);
  const version = Buffer.from(`\t${copyText(versionId)}\t`);
  const idDigits = 7;
  const perLine = prefix.length + idDigits + version.length;
  let row = 0;
  // Byte by byte, not through strings: this runs on the event loop that serves other requests.
  const withIds = (bytes: Uint8Array) => {
    const lines = countLines(bytes) + 1;
    const out = Buffer.allocUnsafe(bytes.length + lines * perLine);
    let at = 0;
    // COPY text escapes line breaks inside values: every "\n" ends a row.
    for (let from = 0; from < bytes.length; ) {
      const end = bytes.indexOf(10, from) + 1 || bytes.length;
      at += prefix.copy(out, at);
      at += out.write(String(row).padStart(idDigits, "0"), at, "latin1");
      at += version.copy(out, at);
      out.set(bytes.subarray(from, end), at);
      at += end - from;
      row += 1;
      from = end;
    }
    return out.subarray(0, at);
  };
  const copy = () =>
    copyBatches(
      connection,
      `COPY "DataPoint" ("id", "versionId", ${pointColumnList}) FROM STDIN`,
      rows,
      report,
      withIds,
    );
  if (await mayCheckKeysAfterCopy(connection)) await copyThenCheckKeys(connection, versionId, copy);
  else await copyCheckingKeysPerRow(copy);
}

function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines += 1;
  return lines;
}

/** Every column but the key (which matches rows) and the order (which is not a change). */
const compared = pointColumnNames.filter(
  (c): c is Exclude<PointColumn, "key" | "sortOrder"> => c !== "key" && c !== "sortOrder",
);
const rowOf = (alias: string) =>
  Prisma.raw(`(${compared.map((c) => `${alias}."${c}"`).join(", ")})`);

export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

/** Rows of a version in "DataPoint", or of a temporary table, for countChanges. */
export const versionRows = (versionId: string) =>
  Prisma.sql`(SELECT * FROM "DataPoint" WHERE "versionId" = ${versionId})`;
export const tableRows = (table: "import_rows" | "replaced_rows") => Prisma.raw(table);

/** What going from the `before` rows to the `after` rows changes, matched by key. */
export async function countChanges(
  tx: Tx,
  before: Prisma.Sql,
  after: Prisma.Sql,
): Promise<ChangeCounts> {
  const [counts] = await tx.$queryRaw<ChangeCounts[]>`
    SELECT
      count(*) FILTER (WHERE b."key" IS NULL)::int AS "added",
      count(*) FILTER (WHERE a."key" IS NULL)::int AS "removed",
      count(*) FILTER (WHERE ${rowOf("a")} IS DISTINCT FROM ${rowOf("b")}
        AND a."key" IS NOT NULL AND b."key" IS NOT NULL)::int AS "changed",
      count(*) FILTER (WHERE ${rowOf("a")} IS NOT DISTINCT FROM ${rowOf("b")}
        AND a."key" IS NOT NULL AND b."key" IS NOT NULL)::int AS "unchanged"
    FROM ${after} AS a FULL JOIN ${before} AS b ON a."key" = b."key"`;
  return counts ?? { added: 0, removed: 0, changed: 0, unchanged: 0 };
}
