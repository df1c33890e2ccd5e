import { Prisma } from "@aiml/db";
import type { DataPointInput } from "@aiml/domain";
import { pointColumns } from "./data-points";
import type { Tx } from "./transaction";

type Column = keyof ReturnType<typeof pointColumns> | "sortOrder";

/** Each inserted column and its Postgres array type, for unnest(). */
const columnTypes = {
  key: "text",
  metric: "text",
  statistic: '"Statistic"',
  unit: '"Unit"',
  value: "numeric",
  low: "numeric",
  high: "numeric",
  highOpen: "boolean",
  approximate: "boolean",
  role: "text",
  company: "text",
  industry: "text",
  level: "text",
  location: "text",
  specialization: "text",
  skill: "text",
  education: "text",
  year: "integer",
  baseYear: "integer",
  label: "text",
  note: "text",
  quote: "text",
  sourceDocumentId: "text",
  sortOrder: "integer",
} satisfies Record<Column, string>;
const columns = Object.keys(columnTypes) as Column[];
const columnList = Prisma.raw(columns.map((c) => `"${c}"`).join(", "));

/** Rows per statement; each statement sends one array per column, whatever its length. */
const CHUNK = 10_000;

/**
 * Inserts points into a version, numbering them from `firstSortOrder`. One INSERT … SELECT FROM
 * unnest(…) per 10,000 rows: a column-wise array per field instead of a bind parameter per
 * cell, which is what keeps an import of 100,000 rows to seconds.
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
    const arrays = columns.map(
      (column) =>
        Prisma.sql`${rows.map((row) => row[column])}::${Prisma.raw(columnTypes[column])}[]`,
    );
    await tx.$executeRaw`
      INSERT INTO "DataPoint" ("id", "versionId", ${columnList})
      SELECT gen_random_uuid()::text, ${versionId}, * FROM unnest(${Prisma.join(arrays)})`;
  }
}
