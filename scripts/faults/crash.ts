// Fault 9: the app crashes in the middle of a write. The app process is SIGKILLed during a
// large CSV import (admin.import.commit) and during a publish (admin.drafts.publish): after a
// delay, as soon as the write's transaction shows in pg_stat_activity, and while that
// transaction waits just before its last statement (stopped there by a lock this script holds).
// After each crash the app is restarted and the change must be visible entirely or not at
// all: the draft's rows and revision, which version is published, the data revision and the
// audit log agree.
// Usage: pnpm faults:crash (after pnpm build). FAULTS_IMPORT_ROWS sets the file size (20000).

import { signUp } from "@aiml/script-lib/auth";
import type { CallOptions } from "@aiml/script-lib/http";
import type pg from "pg";
import {
  createDatasetWithDraft,
  importCsv,
  importFile,
  publishDraft,
  startDraft,
} from "./lib/admin";
import { type AppInstance, startApp } from "./lib/app";
import { type FaultDatabase, startFaultDatabase } from "./lib/postgres";
import { makeAdmin } from "./lib/promote";
import { log, onCleanup, runFault, type Verdict } from "./lib/verdict";

const ROWS = Number(process.env.FAULTS_IMPORT_ROWS ?? 20_000);
/** Kill delays as fractions of an uninterrupted write's duration. */
const KILL_FRACTIONS = [0.5, 1.2];

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** What the write's backends were doing when the app was killed, from pg_stat_activity. */
async function openTransactions(monitor: pg.Client): Promise<string> {
  const { rows } = await monitor.query<{ state: string; wait: string | null; query: string }>(
    `SELECT state, wait_event_type AS wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 40) AS query
     FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
       AND backend_type = 'client backend' AND query NOT ILIKE 'LOCK TABLE%'`,
  );
  if (rows.length === 0) return "no transaction open";
  return rows
    .map((r) => `${r.state}${r.wait === "Lock" ? " (waiting on a lock)" : ""}: ${r.query}`)
    .join("; ");
}

/** Waits until the killed app's backends have ended (Postgres rolls back what they left open). */
async function waitForOrphans(monitor: pg.Client): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const { rows } = await monitor.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
         AND xact_start IS NOT NULL`,
    );
    if (rows[0]?.n === 0) return;
    await pause(100);
  }
  throw new Error("the killed app's transactions did not end within 30 s");
}

/**
 * A crash while the write's transaction is open with all its changes made: a lock taken just
 * before the write stops it at its last statement (the audit entry), and the app is killed there.
 */
function killAtAuditEntry(database: FaultDatabase, monitor: pg.Client, label: string): Crash {
  let locker: pg.Client | undefined;
  return {
    label,
    async prepare() {
      locker = await database.connect();
      const client = locker;
      onCleanup(() => client.end().catch(() => {}));
      await locker.query("BEGIN");
      // SHARE conflicts with the ROW EXCLUSIVE lock an INSERT takes; reads go on.
      await locker.query(`LOCK TABLE "AuditLog" IN SHARE MODE`);
    },
    async trigger(settled) {
      while (!settled()) {
        const { rows } = await monitor.query(
          `SELECT 1 FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'
             AND query ILIKE '%INSERT INTO%AuditLog%'`,
        );
        if (rows.length > 0) return;
        await pause(20);
      }
      throw new Error("the write was answered without reaching its audit entry");
    },
    async afterKill() {
      await locker?.query("ROLLBACK");
      await locker?.end();
    },
  };
}

interface Crash {
  label: string;
  /** Runs just before the write is sent. */
  prepare?: () => Promise<void>;
  /** Resolves when it is time to kill (`settled` tells whether the write has been answered). */
  trigger: (settled: () => boolean) => Promise<void>;
  afterKill?: () => Promise<void>;
}

const killAfter = (ms: number): Crash => ({
  label: `killed after ${ms} ms`,
  trigger: () => pause(ms),
});

/** A crash as soon as a transaction running `statement` (an ILIKE pattern) shows. */
function killInTransaction(monitor: pg.Client, label: string, statement: string): Crash {
  const crash: Crash = {
    label,
    async trigger(settled) {
      while (!settled()) {
        const { rows } = await monitor.query(
          `SELECT 1 FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid()
             AND xact_start IS NOT NULL AND query ILIKE $1`,
          [statement],
        );
        if (rows.length > 0) return;
        await pause(5);
      }
      crash.label += " (missed: the write was answered first)";
    },
  };
  return crash;
}

await runFault("Crash mid-write", async (verdict: Verdict) => {
  const database = await startFaultDatabase();
  const monitor = await database.connect();
  onCleanup(() => monitor.end().catch(() => {}));
  let app: AppInstance = await startApp({ databaseUrl: database.url, name: "app" });
  const admin = await makeAdmin(database, app.url, await signUp(app.url, "admin"));
  const options: CallOptions = { cookie: admin.cookie, timeoutMs: 120_000 };
  const created = await createDatasetWithDraft(app.url, options, "Crash test");
  const { datasetId } = created;
  /** The draft imports go into. */
  let draftId = created.draftId;

  /** Sends `write`, kills the app when `crash.trigger` says so, restarts it. */
  async function crashDuring(write: () => Promise<unknown>, crash: Crash): Promise<string> {
    await crash.prepare?.();
    let settled = false;
    const pending = write()
      .catch(() => undefined)
      .finally(() => {
        settled = true;
      });
    await crash.trigger(() => settled);
    const atKill = await openTransactions(monitor);
    await app.kill();
    await crash.afterKill?.();
    await pending;
    await waitForOrphans(monitor);
    app = await startApp({ databaseUrl: database.url, name: "app" });
    return atKill;
  }

  // ---- CSV import: all of the file's rows replace the draft's, or none do.
  const importState = async (fileName: string, prefix: string) => {
    const [row] = await database.query<{ revision: number; points: number; mine: number }>(
      `SELECT v.revision,
         (SELECT count(*)::int FROM "DataPoint" p WHERE p."versionId" = v.id) AS points,
         (SELECT count(*)::int FROM "DataPoint" p WHERE p."versionId" = v.id AND p.key LIKE $2) AS mine
       FROM "DatasetVersion" v WHERE v.id = $1`,
      [draftId, `${prefix}-%`],
    );
    const [audit] = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditLog"
       WHERE action = 'draft.import' AND "entityId" = $1 AND after->>'fileName' = $2`,
      [draftId, fileName],
    );
    if (!row || !audit) throw new Error("the draft is gone");
    return { ...row, audited: audit.n };
  };

  let run = 0;
  const importRun = async (crash: Crash | undefined) => {
    run++;
    const fileName = `import-${run}.csv`;
    const prefix = `run${run}`;
    const before = await importState(fileName, prefix);
    const csv = importFile(prefix, ROWS, 100_000 + run);
    const write = () =>
      importCsv(app.url, { datasetId, draftId, revision: before.revision, fileName, csv }, options);
    const started = performance.now();
    let atKill = "not killed";
    if (crash) atKill = await crashDuring(write, crash);
    else {
      const result = await write();
      if (result.status !== 200) throw new Error(`import failed: ${result.status}`);
    }
    const ms = performance.now() - started;
    const after = await importState(fileName, prefix);
    const none =
      after.revision === before.revision &&
      after.points === before.points &&
      after.mine === 0 &&
      after.audited === 0;
    const all =
      after.revision === before.revision + 1 &&
      after.points === ROWS &&
      after.mine === ROWS &&
      after.audited === 1;
    return { label: crash?.label ?? "no crash", none, all, ms, atKill, after };
  };

  const report = (
    what: string,
    outcome: { label: string; none: boolean; all: boolean; atKill: string },
    detail: string,
    mustBe?: "none" | "all",
  ) => {
    const seen = outcome.all ? "all" : outcome.none ? "none" : "PARTIAL";
    verdict.check(
      `${what}, ${outcome.label}: ${mustBe ? `${mustBe} of it is visible` : "all or nothing is visible"}`,
      mustBe ? seen === mustBe : seen !== "PARTIAL",
      `${seen} (${detail}; at the kill: ${outcome.atKill})`,
    );
  };

  log(`Import of ${ROWS} rows without a crash, to time it`);
  const calibration = await importRun(undefined);
  report("an import", calibration, `${Math.round(calibration.ms)} ms`, "all");
  const importCrashes = [
    killAfter(Math.round(calibration.ms * (KILL_FRACTIONS[0] ?? 0.5))),
    killInTransaction(monitor, "killed while it inserts the rows", '%INSERT INTO "DataPoint"%'),
    killAtAuditEntry(database, monitor, "killed with its rows written but not committed"),
    killAfter(Math.round(calibration.ms * (KILL_FRACTIONS[1] ?? 1.2))),
  ];
  for (const crash of importCrashes) {
    log(`Import ${crash.label}`);
    const outcome = await importRun(crash);
    report(
      "an import",
      outcome,
      `${outcome.after.points} rows, revision ${outcome.after.revision}, ${outcome.after.audited} audit entries`,
      crash.afterKill ? "none" : undefined,
    );
  }

  // ---- Publish: the draft becomes the published version with everything that goes with it, or
  // nothing changes.
  const publishState = async (versionId: string) => {
    const [row] = await database.query<{
      published: string | null;
      status: string;
      dataRevision: number;
      publishedCount: number;
      audited: number;
    }>(
      `SELECT d."publishedVersionId" AS published,
         (SELECT status::text FROM "DatasetVersion" WHERE id = $2) AS status,
         COALESCE((SELECT revision FROM "DataRevision" WHERE id = 1), 0) AS "dataRevision",
         (SELECT count(*)::int FROM "DatasetVersion" WHERE "datasetId" = d.id AND status = 'published') AS "publishedCount",
         (SELECT count(*)::int FROM "AuditLog" WHERE action = 'version.publish' AND "entityId" = $2) AS audited
       FROM "Dataset" d WHERE d.id = $1`,
      [datasetId, versionId],
    );
    if (!row) throw new Error("the dataset is gone");
    return row;
  };

  const publishRun = async (crash: Crash | undefined) => {
    const draft = await startDraft(app.url, options, datasetId);
    const before = await publishState(draft.id);
    const write = () =>
      publishDraft(app.url, { datasetId, draftId: draft.id, revision: draft.revision }, options);
    const started = performance.now();
    let atKill = "not killed";
    if (crash) atKill = await crashDuring(write, crash);
    else {
      const result = await write();
      if (result.status !== 200) throw new Error(`publish failed: ${result.status}`);
    }
    const ms = performance.now() - started;
    const after = await publishState(draft.id);
    const none =
      after.published === before.published &&
      after.status === "draft" &&
      after.dataRevision === before.dataRevision &&
      after.audited === 0 &&
      after.publishedCount === before.publishedCount;
    const all =
      after.published === draft.id &&
      after.status === "published" &&
      after.dataRevision === before.dataRevision + 1 &&
      after.audited === 1 &&
      after.publishedCount === 1;
    if (!after.published || after.status !== "published") {
      // Not published: the draft stays for the next run; throw it away to start afresh.
      await database.query(`DELETE FROM "DatasetVersion" WHERE id = $1 AND status = 'draft'`, [
        draft.id,
      ]);
    }
    const detail = `published version ${after.published === draft.id ? "is the draft" : "unchanged"}, draft ${after.status}, data revision ${before.dataRevision}→${after.dataRevision}, ${after.audited} audit entries`;
    return { label: crash?.label ?? "no crash", none, all, ms, atKill, detail };
  };

  log("Publish without a crash, to time it");
  const publishCalibration = await publishRun(undefined);
  report("a publish", publishCalibration, `${Math.round(publishCalibration.ms)} ms`, "all");
  const publishCrashes = [
    killAfter(Math.round(publishCalibration.ms * (KILL_FRACTIONS[0] ?? 0.5))),
    // The publish's first statement locks the dataset's row.
    killInTransaction(monitor, "killed as soon as its transaction opens", "%FOR UPDATE%"),
    killAtAuditEntry(database, monitor, "killed with the version switched but not committed"),
  ];
  for (const crash of publishCrashes) {
    log(`Publish ${crash.label}`);
    const outcome = await publishRun(crash);
    report("a publish", outcome, outcome.detail, crash.afterKill ? "none" : undefined);
  }

  // ---- After all the crashes the app still writes normally.
  draftId = (await startDraft(app.url, options, datasetId)).id;
  const final = await importRun(undefined);
  const finalPublish = await publishRun(undefined);
  verdict.check(
    "after the crashes, an import and a publish on the restarted app succeed",
    final.all && finalPublish.all,
    `import ${Math.round(final.ms)} ms, publish ${Math.round(finalPublish.ms)} ms`,
  );
});
