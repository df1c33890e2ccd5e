import { createCaller, createInnerContext } from "@aiml/api";
import { createPrismaClient, databaseDownSince, isDatabaseUnavailable } from "@aiml/db";
import { findFreePort } from "@aiml/db/lifecycle";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DOCUMENT_ID,
  datasetIdOf,
  fileBytes,
  LEVELS_SLUG,
  outcome,
} from "./helpers/admin-fixtures";
import { anonymousCaller, createUserCaller } from "./helpers/users";

let t: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserCaller>>;
let datasetId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t, "admin");
  datasetId = await datasetIdOf(t.db, LEVELS_SLUG);
});
afterAll(async () => {
  await t?.drop();
});

/** A connection of the test's own beside the app's pool, e.g. to hold a lock. */
async function sideConnection(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  return client;
}

/** Cuts the app's connections as a server restart or a network failure would. */
async function terminateAppConnections(side: pg.Client, onlyPid?: number) {
  await side.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND ($1::int IS NULL OR pid = $1)`,
    [onlyPid ?? null],
  );
}

const errorCode = (error: unknown) => (error as { code?: unknown }).code;

async function thrown(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error("the call succeeded");
}

describe("a database that does not answer", () => {
  it("fails a public or signed-in call fast with SERVICE_UNAVAILABLE and a clear message", async () => {
    // Nothing listens on a port that was just free: every connection is refused.
    const db = createPrismaClient(`postgresql://postgres:x@127.0.0.1:${await findFreePort()}/none`);
    const visitor = anonymousCaller(db);
    const { session } = await createUserCaller(t.db);
    const user = createCaller(createInnerContext({ db, session }));
    try {
      const started = performance.now();
      for (const call of [
        () => visitor.market.overview(),
        () => user.scenario.list(),
        () => user.scenario.create({ inputs: { name: "x", baseSalaryCents: 100 } }),
      ]) {
        const error = await thrown(call());
        expect(errorCode(error)).toBe("SERVICE_UNAVAILABLE");
        expect((error as Error).message).toMatch(/database is temporarily unavailable/i);
      }
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(databaseDownSince()).not.toBeNull();
    } finally {
      await db.$disconnect();
    }
  });

  it("tells unreachable or lost connections apart from failed queries", async () => {
    const side = await sideConnection();
    try {
      const sleeping = thrown(t.db.$queryRaw`SELECT pg_sleep(10)`);
      await expect
        .poll(async () => {
          const { rows } = await side.query(
            `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%pg_sleep(10)%' AND pid <> pg_backend_pid()`,
          );
          return rows.length;
        })
        .toBe(1);
      await terminateAppConnections(side);
      expect(isDatabaseUnavailable(await sleeping)).toBe(true);
    } finally {
      await side.end();
    }

    const syntax = await thrown(t.db.$queryRawUnsafe("SELEC 1"));
    const unique = await thrown(
      t.db.user.create({ data: { id: admin.id, email: admin.email, name: "again" } }),
    );
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    expect(isDatabaseUnavailable(unique)).toBe(false);
    expect(isDatabaseUnavailable(new Error("something else"))).toBe(false);
  });

  it("recovers by itself: after its connections are cut, the next calls succeed on new ones", async () => {
    const visitor = anonymousCaller(t.db);
    await visitor.market.overview();
    const side = await sideConnection();
    try {
      await terminateAppConnections(side);
    } finally {
      await side.end();
    }
    // The pool drops the dead connections as their errors arrive; retry until then (≤ 1 s).
    await expect
      .poll(() => outcome(visitor.market.dimensions()), { timeout: 1_000, interval: 50 })
      .toBe("OK");
    expect(await outcome(admin.caller.admin.datasets.list())).toBe("OK");
  });
});

describe("a write whose connection is lost mid-transaction", () => {
  const HEADER = "key,label,metric,statistic,unit,value,company,document";
  const csv = (prefix: string, rows: number) =>
    `${[HEADER, ...Array.from({ length: rows }, (_, i) => `${prefix}-${i},Base salary ${i},base_salary,median,usd_per_year,150000,Company ${i},${DOCUMENT_ID}`)].join("\n")}\n`;

  /**
   * Runs `write` with the audit log locked, so that it stops at its last statement (the audit
   * entry) with all its other changes made; then cuts its connection there, as a crash would.
   */
  async function cutAtAuditEntry(write: () => Promise<unknown>) {
    const side = await sideConnection();
    // Watches from outside the lock's transaction: inside one, pg_stat_activity is a snapshot.
    const monitor = await sideConnection();
    try {
      await side.query("BEGIN");
      await side.query(`LOCK TABLE "AuditLog" IN SHARE MODE`);
      let settled: unknown;
      const result = thrown(write()).then((e) => {
        settled = e;
        return e;
      });
      let blocked: number | undefined;
      await expect
        .poll(
          async () => {
            const { rows } = await monitor.query<{ pid: number }>(
              `SELECT pid FROM pg_stat_activity WHERE datname = current_database()
               AND wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO%AuditLog%'`,
            );
            blocked = rows[0]?.pid;
            // A write that ends without reaching its audit entry fails the test with its error.
            if (settled) throw settled;
            return blocked !== undefined;
          },
          { timeout: 20_000, interval: 50 },
        )
        .toBe(true);
      await terminateAppConnections(monitor, blocked);
      await side.query("ROLLBACK");
      return await result;
    } finally {
      await side.end();
      await monitor.end();
    }
  }

  const draftState = async (draftId: string) => ({
    version: await t.db.datasetVersion.findUniqueOrThrow({
      where: { id: draftId },
      select: { status: true, revision: true },
    }),
    keys: (
      await t.db.dataPoint.findMany({ where: { versionId: draftId }, select: { key: true } })
    ).map((p) => p.key),
    dataset: await t.db.dataset.findUniqueOrThrow({
      where: { id: datasetId },
      select: { publishedVersionId: true },
    }),
    dataRevision: (await t.db.dataRevision.findUnique({ where: { id: 1 } }))?.revision ?? 0,
    audit: await t.db.auditLog.count({ where: { datasetId } }),
  });

  it("leaves no trace of an import, then the same import succeeds", async () => {
    const draft = await admin.caller.admin.drafts.start({ datasetId });
    const before = await draftState(draft.id);
    const commit = () =>
      admin.caller.admin.import.commit({
        datasetId,
        draftId: draft.id,
        revision: draft.revision,
        fileName: "cut.csv",
        content: fileBytes(csv("cut", 3_000)),
      });

    const error = await cutAtAuditEntry(commit);
    expect(errorCode(error)).toBe("SERVICE_UNAVAILABLE");
    expect(await draftState(draft.id)).toEqual(before);

    const applied = await commit();
    expect(applied.status).toBe("applied");
    expect((await draftState(draft.id)).keys).toHaveLength(3_000);
  });

  it("leaves no trace of a publish, then the same publish succeeds", async () => {
    const draft = await admin.caller.admin.drafts.start({ datasetId });
    const current = await t.db.datasetVersion.findUniqueOrThrow({ where: { id: draft.id } });
    const before = await draftState(draft.id);
    const publish = () =>
      admin.caller.admin.drafts.publish({
        datasetId,
        draftId: draft.id,
        revision: current.revision,
      });

    const error = await cutAtAuditEntry(publish);
    expect(errorCode(error)).toBe("SERVICE_UNAVAILABLE");
    expect(await draftState(draft.id)).toEqual(before);

    await publish();
    const after = await draftState(draft.id);
    expect(after.version.status).toBe("published");
    expect(after.dataset.publishedVersionId).toBe(draft.id);
    expect(after.dataRevision).toBe(before.dataRevision + 1);
  });
});
