import { appRouter } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileBytes, metadata, point } from "./helpers/admin-fixtures";
import { createUserCaller } from "./helpers/users";

let t: TestDatabase;
let alice: Awaited<ReturnType<typeof createUserCaller>>;
let bob: Awaited<ReturnType<typeof createUserCaller>>;
let datasetId: string;
let startedAt: Date;

/** Every kind of admin write, by Alice, on one new dataset, and a role change by Bob. */
beforeAll(async () => {
  t = await createTestDatabase();
  alice = await createUserCaller(t, "admin");
  bob = await createUserCaller(t, "admin");
  startedAt = new Date();

  const a = alice.caller.admin;
  const dataset = await a.datasets.create({ metadata: metadata({ slug: "audited" }) });
  datasetId = dataset.id;
  await a.datasets.update({
    id: datasetId,
    metadata: metadata({ slug: "audited", title: "Audited" }),
  });
  const draftId = dataset.draft?.id ?? "";
  await a.drafts.save({
    datasetId,
    draftId,
    revision: 0,
    changes: { upsert: [point({ key: "first" })], delete: [] },
  });
  await a.drafts.publish({ datasetId, draftId, revision: 1, note: "First figures" });
  const second = await a.drafts.start({ datasetId });
  await a.import.commit({
    datasetId,
    draftId: second.id,
    revision: second.revision,
    content: fileBytes(
      "key,label,metric,statistic,unit,value\nsecond,Second,job_postings,point,count,10\n",
    ),
  });
  await a.drafts.publish({ datasetId, draftId: second.id, revision: second.revision + 1 });
  await a.versions.rollback({ datasetId, versionId: draftId });
  const third = await a.drafts.start({ datasetId });
  await a.drafts.discard({ datasetId, draftId: third.id, revision: third.revision });
  const carol = await createUserCaller(t.db);
  await bob.caller.admin.users.setRole({ userId: carol.id, role: "admin" });
});
afterAll(async () => {
  await t?.drop();
});

describe("the audit log", () => {
  it("has an entry, with the actor, for every admin write", async () => {
    const { entries } = await alice.caller.admin.audit.list({ datasetId, limit: 100 });
    expect(entries.map((e) => e.action).reverse()).toEqual([
      "dataset.create",
      "dataset.update",
      "draft.save",
      "version.publish",
      "draft.start",
      "draft.import",
      "version.publish",
      "version.rollback",
      "draft.start",
      "draft.discard",
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ actorId: alice.id, actorEmail: alice.email, datasetId });
    }
    const { entries: roleChanges } = await alice.caller.admin.audit.list({ actorId: bob.id });
    expect(roleChanges).toEqual([
      expect.objectContaining({
        action: "user.role",
        entityType: "User",
        after: expect.objectContaining({ role: "admin" }),
      }),
    ]);
  });

  it("filters by time range and pages with a cursor, newest first", async () => {
    const all = await alice.caller.admin.audit.list({ from: startedAt, limit: 200 });
    expect(all.entries).toHaveLength(11);
    expect(all.nextCursor).toBeNull();
    expect(
      await alice.caller.admin.audit.list({ to: new Date(startedAt.getTime() - 1) }),
    ).toMatchObject({
      entries: expect.not.arrayContaining([expect.objectContaining({ actorId: alice.id })]),
    });

    const pages: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await alice.caller.admin.audit.list({ from: startedAt, limit: 4, cursor });
      expect(page.entries.length).toBeLessThanOrEqual(4);
      pages.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toEqual(all.entries.map((e) => e.id));
    const times = all.entries.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it("cannot be changed or deleted, even with direct SQL", async () => {
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { datasetId } });
    await expect(
      t.db.auditLog.update({ where: { id: entry.id }, data: { note: "rewritten" } }),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await t.db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });

  it("offers no procedure that edits or deletes entries", () => {
    const auditProcedures = Object.keys(appRouter._def.procedures).filter((p) =>
      p.includes("audit"),
    );
    expect(auditProcedures).toEqual(["admin.audit.list"]);
  });
});
