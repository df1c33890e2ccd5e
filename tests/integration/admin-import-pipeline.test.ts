import { commitParams, mayCheckKeysAfterCopy } from "@aiml/api/import";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENT_ID, datasetIdOf, fileBytes, LEVELS_SLUG } from "./helpers/admin-fixtures";
import { pollProgress } from "./helpers/progress-poll";
import { createUserCaller } from "./helpers/users";

// The import pipeline as it runs for large files: a worker thread reads and checks the file and
// sends its rows on while it reads; Postgres receives them through COPY; the admin can ask how
// far it has got; a commit after a preview of the same file reuses the preview's check.

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

const HEADER = "key,label,metric,statistic,unit,value,company,document";
const row = (i: number, value: string | number = 100_000 + i) =>
  `bulk.${i},Base salary at Company ${i},base_salary,median,usd_per_year,${value},Company ${i},${DOCUMENT_ID}`;
const csv = (rows: number, options: { badRow?: number; tag?: string } = {}) =>
  `${[
    HEADER,
    ...Array.from({ length: rows }, (_, i) =>
      i === options.badRow ? row(i, "lots") : row(i).replace("Company", options.tag ?? "Company"),
    ),
  ].join("\n")}\n`;

/** A fresh draft of the dataset: the previous one, if any, is discarded. */
async function freshDraft() {
  const existing = await t.db.datasetVersion.findFirst({ where: { datasetId, status: "draft" } });
  if (existing) {
    await admin.caller.admin.drafts.discard({
      datasetId,
      draftId: existing.id,
      revision: existing.revision,
    });
  }
  return admin.caller.admin.drafts.start({ datasetId });
}

const draftRows = (draftId: string) =>
  t.db.dataPoint.findMany({
    where: { versionId: draftId },
    select: { key: true, value: true, label: true, note: true, sortOrder: true },
    orderBy: { sortOrder: "asc" },
  });

describe("progress of an import", () => {
  it("is reported while the file is read, to the admin who started it, and gone when it ends", async () => {
    const other = await createUserCaller(t, "admin");
    const progressId = "progress-test-0000000001";
    const { result, seen, seenByOther } = await pollProgress(progressId, admin, other, () =>
      admin.caller.admin.import.preview({
        datasetId,
        content: fileBytes(csv(40_000, { tag: "Progress" })),
        progressId,
      }),
    );

    expect(result).toMatchObject({ canApply: true, rowCount: 40_000 });
    const reading = seen.filter((s) => s.startsWith("reading "));
    expect(reading.length).toBeGreaterThan(0);
    // Bytes read out of the file's size, below the whole while reading goes on.
    const [done, total] = (reading.at(-1)?.split(" ")[1] ?? "").split("/").map(Number);
    expect(total).toBeGreaterThan(1_000_000);
    expect(done).toBeLessThanOrEqual(total as number);
    expect(seenByOther.every((p) => p === null)).toBe(true);
    expect(await admin.caller.admin.import.progress({ progressId })).toBeNull();
  });

  it("refuses a progress id that is not one", async () => {
    await expect(admin.caller.admin.import.progress({ progressId: "x" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("a large import", () => {
  it("writes every row in order, and a repeated commit of the same file counts it unchanged", async () => {
    const draft = await freshDraft();
    const file = csv(30_000);
    const preview = await admin.caller.admin.import.preview({
      datasetId,
      content: fileBytes(file),
    });
    expect(preview).toMatchObject({ canApply: true, rowCount: 30_000, errorCount: 0 });
    expect(preview.changes).toMatchObject({ added: 30_000, unchanged: 0 });

    const first = await admin.caller.admin.import.commit({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
      content: fileBytes(file),
    });
    expect(first).toMatchObject({ status: "applied", dataPointCount: 30_000 });
    const rows = await draftRows(draft.id);
    expect(rows).toHaveLength(30_000);
    expect(rows.map((r) => r.sortOrder)).toEqual(Array.from({ length: 30_000 }, (_, i) => i));
    expect(rows[29_999]).toMatchObject({
      key: "bulk.29999",
      label: "Base salary at Company 29999",
    });
    expect(rows[29_999]?.value?.toNumber()).toBe(129_999);

    const again = await admin.caller.admin.import.commit({
      datasetId,
      draftId: draft.id,
      revision: draft.revision + 1,
      content: fileBytes(file),
    });
    expect(again).toMatchObject({
      status: "applied",
      changes: { added: 0, removed: 0, changed: 0, unchanged: 30_000 },
    });
    const entry = await t.db.auditLog.findFirstOrThrow({
      where: { action: "draft.import", entityId: draft.id },
      orderBy: { createdAt: "desc" },
    });
    expect(entry.before).toMatchObject({ dataPoints: 30_000 });
  });

  it("undoes a commit whose file turns out to have an error after its first rows were written", async () => {
    const draft = await freshDraft();
    const before = await draftRows(draft.id);
    // No preview first: the rows go into the draft while the file is read, then row 25,002
    // fails and the whole transaction is rolled back.
    const result = await admin.caller.admin.import.commit({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
      content: fileBytes(csv(30_000, { badRow: 25_000 })),
    });
    expect(result).toMatchObject({ status: "invalid", errorCount: 1, rowCount: 30_000 });
    expect(result.issues[0]?.message).toMatch(/^Row 25002, value: "lots" is not a plain number/);
    expect(await draftRows(draft.id)).toEqual(before);
    const now = await t.db.datasetVersion.findUniqueOrThrow({ where: { id: draft.id } });
    expect(now.revision).toBe(draft.revision);
  });

  it("answers a file that breaks a database rule (a repeated key) with its report, not a failure", async () => {
    const draft = await freshDraft();
    const content = `${HEADER}\n${row(1)}\n${row(2)}\n${row(1, 5)}\n`;
    const result = await admin.caller.admin.import.commit({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
      content: fileBytes(content),
    });
    expect(result).toMatchObject({ status: "invalid", errorCount: 1 });
    expect(result.issues[0]?.message).toMatch(/^Row 4: Key "bulk.1" is used twice/);
  });

  it("keeps backslashes, tabs, line breaks and other scripts exactly as written", async () => {
    const draft = await freshDraft();
    const label = "Back\\slash and\ttab";
    const note = "First line\r\nsecond line, with a \\N that is text, 日本語 and émigré";
    const content = `key,label,metric,statistic,unit,value,note\nodd.text,"${label}",base_salary,median,usd_per_year,1,"${note}"\n`;
    const result = await admin.caller.admin.import.commit({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
      content: fileBytes(content),
    });
    expect(result).toMatchObject({ status: "applied", dataPointCount: 1 });
    expect(await draftRows(draft.id)).toEqual([
      expect.objectContaining({ key: "odd.text", label, note }),
    ]);
  });
});

describe("a commit after a preview of the same file", () => {
  it("checks the file again when what it is checked against has changed", async () => {
    const draft = await freshDraft();
    await t.db.sourceDocument.create({ data: { id: "doc-to-remove", title: "Soon gone" } });
    const file =
      "key,label,metric,statistic,unit,value,document\nwith.doc,Label,base_salary,median,usd_per_year,1,doc-to-remove\n";
    expect(
      await admin.caller.admin.import.preview({ datasetId, content: fileBytes(file) }),
    ).toMatchObject({ canApply: true, errorCount: 0 });
    await t.db.sourceDocument.delete({ where: { id: "doc-to-remove" } });

    const result = await admin.caller.admin.import.commit({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
      content: fileBytes(file),
    });
    expect(result).toMatchObject({ status: "invalid", errorCount: 1 });
    expect(result.issues[0]?.message).toMatch(/there is no source document "doc-to-remove"/);
  });
});

// Rows are copied with Postgres's per-row key checks off and checked together afterwards, unless
// "DataPoint" has another trigger (which must fire): then every row is checked as it is written.
describe.each([
  { checks: "after the rows are written", otherTrigger: false },
  { checks: "as each row is written", otherTrigger: true },
])("the rows' links to documents, checked $checks", ({ otherTrigger }) => {
  beforeAll(async () => {
    if (!otherTrigger) return;
    await t.db.$executeRawUnsafe(`
      CREATE FUNCTION pass_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$`);
    await t.db.$executeRawUnsafe(`
      CREATE TRIGGER pass_row BEFORE INSERT ON "DataPoint" FOR EACH ROW EXECUTE FUNCTION pass_row()`);
  });
  afterAll(async () => {
    if (!otherTrigger) return;
    await t.db.$executeRawUnsafe(`DROP TRIGGER pass_row ON "DataPoint"`);
    await t.db.$executeRawUnsafe("DROP FUNCTION pass_row()");
  });

  it("undo the import with a conflict when a document is deleted meanwhile", async () => {
    const draft = await freshDraft();
    const before = await draftRows(draft.id);
    await t.db.sourceDocument.upsert({
      where: { id: "doc-deleted-meanwhile" },
      create: { id: "doc-deleted-meanwhile", title: "Going" },
      update: {},
    });
    const lines = Array.from(
      { length: 2_000 },
      (_, i) => `late.${i},Label ${i},base_salary,median,usd_per_year,${i},doc-deleted-meanwhile`,
    );
    const file = `key,label,metric,statistic,unit,value,document\n${lines.join("\n")}\n`;
    // Another session deletes the document and commits only once the import waits for it.
    const deleter = new pg.Client({ connectionString: t.url });
    await deleter.connect();
    try {
      await deleter.query("BEGIN");
      await deleter.query(`DELETE FROM "SourceDocument" WHERE "id" = 'doc-deleted-meanwhile'`);
      const commit = admin.caller.admin.import.commit({
        datasetId,
        draftId: draft.id,
        revision: draft.revision,
        content: fileBytes(file),
      });
      const outcome = commit.then(
        () => null,
        (error: unknown) => error,
      );
      await waitUntil(async () => (await sessionsWaitingForLocks()) > 0);
      await deleter.query("COMMIT");
      expect(await outcome).toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(
          otherTrigger
            ? /A source document or the draft was deleted while the file was being imported/
            : /The source document "doc-deleted-meanwhile" was deleted while the file was being imported/,
        ),
      });
    } finally {
      await deleter.end();
    }
    expect(await draftRows(draft.id)).toEqual(before);
  });
});

describe("who may copy rows without per-row key checks", () => {
  // SET ROLE turns the session into an ordinary role, as a hosted database's app user would be.
  async function asRole(role: string | null, check: (client: pg.Client) => Promise<void>) {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query("BEGIN");
      if (role) await client.query(`SET LOCAL ROLE ${role}`);
      await check(client);
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  }
  // Roles belong to the whole server: one left by an interrupted run is removed first.
  const dropRole = () =>
    t.db.$executeRawUnsafe(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'import_plain') THEN
          REVOKE SET ON PARAMETER session_replication_role FROM import_plain;
          DROP ROLE import_plain;
        END IF;
      END $$`);
  beforeAll(async () => {
    await dropRole();
    await t.db.$executeRawUnsafe(`CREATE ROLE import_plain NOLOGIN`);
  });
  afterAll(dropRole);

  it("a superuser may", async () => {
    await asRole(null, async (client) => expect(await mayCheckKeysAfterCopy(client)).toBe(true));
  });

  it("an ordinary role may not, unless it was granted SET on session_replication_role", async () => {
    await asRole("import_plain", async (client) =>
      expect(await mayCheckKeysAfterCopy(client)).toBe(false),
    );
    await t.db.$executeRawUnsafe(`GRANT SET ON PARAMETER session_replication_role TO import_plain`);
    await asRole("import_plain", async (client) =>
      expect(await mayCheckKeysAfterCopy(client)).toBe(true),
    );
  });

  it("nobody may when the table has a trigger of its own", async () => {
    await asRole(null, async (client) => {
      await client.query(
        `CREATE FUNCTION pass_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$`,
      );
      await client.query(
        `CREATE TRIGGER pass_row BEFORE INSERT ON "DataPoint" FOR EACH ROW EXECUTE FUNCTION pass_row()`,
      );
      expect(await mayCheckKeysAfterCopy(client)).toBe(false);
    });
  });
});

async function sessionsWaitingForLocks(): Promise<number> {
  const [row] = await t.db.$queryRaw<{ waiting: number }[]>`
    SELECT count(*)::int AS "waiting" FROM pg_stat_activity
    WHERE "datname" = current_database() AND "wait_event_type" = 'Lock'`;
  return row?.waiting ?? 0;
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 20_000) {
  for (const start = Date.now(); !(await condition()); ) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the file as bytes (the app's upload route)", () => {
  it("is taken only as bytes: no file, or a file as text, is a 400", async () => {
    expect(
      await admin.caller.admin.import.preview({ datasetId, content: fileBytes(csv(3)) }),
    ).toMatchObject({ canApply: true, rowCount: 3 });
    await expect(admin.caller.admin.import.preview({ datasetId } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      admin.caller.admin.import.preview({
        datasetId,
        content: Buffer.from(csv(3)).toString("base64"),
      } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("reads the route's query string with the procedure's bounds", () => {
    const query = (revision: string) => commitParams.safeParse({ draftId: "d", revision });
    expect(query("12")).toMatchObject({ success: true, data: { revision: 12 } });
    // Over Postgres's integer: refused here, not by the database later.
    for (const bad of ["2147483648", "", "-1", "1e3", "1.5", "12abc"]) {
      expect(query(bad).success, bad).toBe(false);
    }
  });
});
