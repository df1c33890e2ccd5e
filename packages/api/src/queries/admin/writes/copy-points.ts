import { Prisma } from "@aiml/db";
import type { Tx } from "../transaction";

/** The columns a copy carries over: every column but the row's own id and version. */
const copiedColumns = Object.values(Prisma.DataPointScalarFieldEnum).filter(
  (column) => column !== "id" && column !== "versionId",
);

/** Copies every point of one version into another in a single INSERT … SELECT. */
export async function copyPoints(tx: Tx, fromVersionId: string, toVersionId: string) {
  const columns = Prisma.raw(copiedColumns.map((c) => `"${c}"`).join(", "));
  return tx.$executeRaw`
    INSERT INTO "DataPoint" ("id", "versionId", ${columns})
    SELECT gen_random_uuid()::text, ${toVersionId}, ${columns}
    FROM "DataPoint" WHERE "versionId" = ${fromVersionId}`;
}
