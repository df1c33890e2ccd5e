import type { ClientBase, PoolClient } from "pg";
import { AppError } from "../../errors";

/*
 * Postgres checks a row's foreign keys one row at a time, by a trigger: for 100,000 copied rows
 * that is 200,000 lookups and about half of the COPY's time. When the session may turn triggers
 * off (session_replication_role, as pg_dump's --disable-triggers does) and "DataPoint" has no
 * triggers but those checks, the COPY runs without them and the same checks are made afterwards
 * for all rows at once (the draft, then its documents), taking the locks (FOR KEY SHARE) the
 * triggers would have taken.
 */

const FOREIGN_KEY_VIOLATION = "23503";

const deletedMeanwhile = (what: string) =>
  new AppError(
    "CONFLICT",
    `${what} was deleted while the file was being imported: nothing was imported. Import the file again.`,
  );

/** Whether this session may copy rows into "DataPoint" and check their keys afterwards. */
export async function mayCheckKeysAfterCopy(connection: ClientBase): Promise<boolean> {
  const { rows } = await connection.query<{
    superuser: boolean;
    version: number;
    onlyKeys: boolean;
  }>(`
    SELECT current_setting('is_superuser') = 'on' AS "superuser",
           current_setting('server_version_num')::int AS "version",
           NOT EXISTS (
             SELECT 1 FROM pg_trigger WHERE tgrelid = '"DataPoint"'::regclass AND NOT tgisinternal
           ) AS "onlyKeys"`);
  const session = rows[0];
  if (!session?.onlyKeys) return false;
  if (session.superuser) return true;
  // has_parameter_privilege exists from Postgres 15 on; naming it on an older server is an error.
  if (session.version < 150000) return false;
  const granted = await connection.query<{ allowed: boolean }>(
    `SELECT has_parameter_privilege('session_replication_role', 'SET') AS "allowed"`,
  );
  return granted.rows[0]?.allowed === true;
}

/** Runs `copy` as Postgres would (every row's keys checked as it is written). */
export async function copyCheckingKeysPerRow(copy: () => Promise<void>): Promise<void> {
  try {
    await copy();
  } catch (error) {
    if ((error as { code?: unknown }).code === FOREIGN_KEY_VIOLATION)
      throw deletedMeanwhile("A source document or the draft");
    throw error;
  }
}

/** Runs `copy` with the session's triggers off, then checks the copied rows' foreign keys. */
export async function copyThenCheckKeys(
  connection: PoolClient,
  versionId: string,
  copy: () => Promise<void>,
): Promise<void> {
  await connection.query("SET LOCAL session_replication_role = replica");
  await copy();
  await connection.query("SET LOCAL session_replication_role = origin");
  await checkKeysOfVersion(connection, versionId);
}

/** What the foreign keys of "DataPoint" would have checked for every row of the version. */
async function checkKeysOfVersion(connection: PoolClient, versionId: string): Promise<void> {
  const version = await connection.query(
    `SELECT 1 FROM "DatasetVersion" WHERE "id" = $1 FOR KEY SHARE`,
    [versionId],
  );
  if (version.rowCount === 0) throw deletedMeanwhile("The draft");
  const { rows } = await connection.query<{ missing: string[] }>(
    `WITH used AS (
       SELECT DISTINCT "sourceDocumentId" AS "id" FROM "DataPoint"
       WHERE "versionId" = $1 AND "sourceDocumentId" IS NOT NULL
     ), kept AS (
       SELECT d."id" FROM "SourceDocument" d WHERE d."id" IN (SELECT "id" FROM used) FOR KEY SHARE
     )
     SELECT array(SELECT "id" FROM used EXCEPT SELECT "id" FROM kept ORDER BY 1) AS "missing"`,
    [versionId],
  );
  const missing = rows[0]?.missing ?? [];
  if (missing.length > 0) throw deletedMeanwhile(`The source document "${missing[0]}"`);
}
