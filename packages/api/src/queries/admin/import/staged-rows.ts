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
} from "../point-column-types";
import type { Tx } from "../transaction";
import type { CopyRows } from "./copy-rows";

/*
 * An import's rows go through a temporary table of the transaction: COPY is the fastest way in,
 * and there the rows can be compared with a version's in SQL before they replace them.
 */

const STAGED = "import_rows";
const typedColumns = pointColumnNames.map((c) => `"${c}" ${pointColumnTypes[c]}`).join(", ");

/** Loads rows into the transaction's staging table with COPY; reports the rows sent so far. */
export async function stageRows(
  connection: PoolClient,
  rows: CopyRows,
  report: (rowsSent: number) => void,
): Promise<void> {
  await connection.query(`CREATE TEMP TABLE ${STAGED} (${typedColumns}) ON COMMIT DROP`);
  async function* batches() {
    let start = 0;
    for (const batch of rows.batches) {
      yield rows.bytes.subarray(start, batch.end);
      // Asked for the next batch: this one has gone to the server.
      report(batch.rows);
      start = batch.end;
    }
  }
  await pipeline(
    Readable.from(batches()),
    connection.query(copyFrom(`COPY ${STAGED} (${pointColumnList}) FROM STDIN`)),
  );
}

/** Every column but the key (which matches rows) and the order (which is not a change). */
const compared = pointColumnNames.filter(
  (c): c is Exclude<PointColumn, "key" | "sortOrder"> => !["key", "sortOrder"].includes(c),
);
const rowOf = (alias: string) =>
  Prisma.raw(`(${compared.map((c) => `${alias}."${c}"`).join(", ")})`);

export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

/** What replacing a version's rows with the staged ones would change, matched by key. */
export async function countStagedChanges(tx: Tx, versionId: string): Promise<ChangeCounts> {
  const [counts] = await tx.$queryRaw<ChangeCounts[]>`
    SELECT
      count(*) FILTER (WHERE existing."key" IS NULL)::int AS "added",
      count(*) FILTER (WHERE staged."key" IS NULL)::int AS "removed",
      count(*) FILTER (WHERE ${rowOf("staged")} IS DISTINCT FROM ${rowOf("existing")}
        AND staged."key" IS NOT NULL AND existing."key" IS NOT NULL)::int AS "changed",
      count(*) FILTER (WHERE ${rowOf("staged")} IS NOT DISTINCT FROM ${rowOf("existing")}
        AND staged."key" IS NOT NULL AND existing."key" IS NOT NULL)::int AS "unchanged"
    FROM ${Prisma.raw(STAGED)} AS staged
    FULL JOIN (SELECT * FROM "DataPoint" WHERE "versionId" = ${versionId}) AS existing
      ON existing."key" = staged."key"`;
  return counts ?? { added: 0, removed: 0, changed: 0, unchanged: 0 };
}

/** Rows per INSERT from the staging table, for progress. */
const INSERT_BATCH = 25_000;

/** Inserts the staged rows into a version; reports the rows inserted so far. */
export async function insertStagedRows(
  tx: Tx,
  versionId: string,
  rowCount: number,
  report: (rowsInserted: number) => void,
): Promise<void> {
  const columns = Prisma.raw(pointColumnList);
  for (let start = 0; start < rowCount; start += INSERT_BATCH) {
    await tx.$executeRaw`
      INSERT INTO "DataPoint" ("id", "versionId", ${columns})
      SELECT gen_random_uuid()::text, ${versionId}, ${columns}
      FROM ${Prisma.raw(STAGED)}
      WHERE "sortOrder" >= ${start} AND "sortOrder" < ${start + INSERT_BATCH}`;
    report(Math.min(start + INSERT_BATCH, rowCount));
  }
}
