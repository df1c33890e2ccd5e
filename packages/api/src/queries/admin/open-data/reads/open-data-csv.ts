import type { Database } from "@aiml/db";
import { copyCsvStream } from "./copy-csv-stream";
import type { diffExportPlan, versionExportPlan } from "./export-plans";
import { diffCsvSql, FROM_VERSION, TO_VERSION, versionObservationsSql } from "./export-sql";

type VersionPlan = NonNullable<Awaited<ReturnType<typeof versionExportPlan>>>;
type DiffPlan = Awaited<ReturnType<typeof diffExportPlan>>;

/**
 * A version's observations as CSV in the open-data-long layout, streamed from Postgres. Call it
 * with a plan from admin.observations.exportPlan: the procedure is what checks the caller.
 */
export const openDataVersionCsv = (db: Database, plan: VersionPlan) =>
  copyCsvStream(db, versionObservationsSql(FROM_VERSION), { from: plan.versionId }, plan.notes);

/** The observations added, removed or changed between two versions, streamed likewise. */
export const openDataDiffCsv = (db: Database, plan: DiffPlan) =>
  copyCsvStream(
    db,
    diffCsvSql(FROM_VERSION, TO_VERSION),
    { from: plan.from, to: plan.to },
    plan.notes,
  );
