import type { Database } from "@aiml/db";
import { findVersion } from "../../reads/versions";
import { shownBreak } from "../series-break-row";

/** A version's series breaks, by date. */
export async function listBreaks(db: Database, params: { datasetId: string; versionId: string }) {
  const version = await findVersion(db, params.datasetId, params.versionId);
  const rows = await db.seriesBreak.findMany({
    where: { versionId: version.id },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  return rows.map(shownBreak);
}
