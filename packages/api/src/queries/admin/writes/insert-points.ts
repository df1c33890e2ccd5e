import { Prisma } from "@aiml/db";
import type { DataPointInput } from "@aiml/domain";
import { pointColumns } from "../data-point-row";
import { pointColumnList, pointColumnNames, pointColumnTypes } from "../point-column-types";
import type { Tx } from "../transaction";

const columnList = Prisma.raw(pointColumnList);

/** Rows per statement; each statement sends one array per column, whatever its length. */
const CHUNK = 10_000;

/**
 * Inserts points into a version, numbering them from `firstSortOrder`. One INSERT … SELECT FROM
 * unnest(…) per 10,000 rows: a column-wise array per field instead of a bind parameter per
 * cell. (A CSV import, up to 200,000 rows, goes through COPY instead: see import/staged-rows.)
 */
export async function insertPoints(
  tx: Tx,
  versionId: string,
  points: readonly DataPointInput[],
  firstSortOrder = 0,
): Promise<void> {
  for (let start = 0; start < points.length; start += CHUNK) {
    const rows = points
      .slice(start, start + CHUNK)
      .map((p, i) => ({ ...pointColumns(p), sortOrder: firstSortOrder + start + i }));
    const arrays = pointColumnNames.map(
      (column) =>
        Prisma.sql`${rows.map((row) => row[column])}::${Prisma.raw(pointColumnTypes[column])}[]`,
    );
    await tx.$executeRaw`
      INSERT INTO "DataPoint" ("id", "versionId", ${columnList})
      SELECT gen_random_uuid()::text, ${versionId}, * FROM unnest(${Prisma.join(arrays)})`;
  }
}
