import { appRouter } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { importTemplateCsv } from "@aiml/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  base64,
  type Caller,
  datasetIdOf,
  LEVELS_SLUG,
  metadata,
  outcome,
  point,
} from "./helpers/admin-fixtures";
import { anonymousCaller, createUserCaller } from "./helpers/users";

let t: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserCaller>>;
let user: Awaited<ReturnType<typeof createUserCaller>>;
let ids: { datasetId: string; draftId: string; publishedVersionId: string; otherUserId: string };

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t.db, "admin");
  user = await createUserCaller(t.db, "user");
  const other = await createUserCaller(t.db, "user");
  const datasetId = await datasetIdOf(t.db, LEVELS_SLUG);
  const draft = await admin.caller.admin.drafts.start({ datasetId });
  const dataset = await admin.caller.admin.datasets.get({ id: datasetId });
  ids = {
    datasetId,
    draftId: draft.id,
    publishedVersionId: dataset.published?.versionId ?? "",
    otherUserId: other.id,
  };
});
afterAll(async () => {
  await t?.drop();
});

/**
 * One call of every admin procedure with valid input. For an admin each call succeeds or fails
 * with a domain error (a stale revision, say); it never fails authorization.
 */
const calls: Record<string, (c: Caller) => Promise<unknown>> = {
  "admin.audit.list": (c) => c.admin.audit.list({ datasetId: ids.datasetId }),
  "admin.datasets.list": (c) => c.admin.datasets.list(),
  "admin.datasets.get": (c) => c.admin.datasets.get({ id: ids.datasetId }),
  "admin.datasets.create": (c) =>
    c.admin.datasets.create({ metadata: metadata({ slug: "authz-matrix" }) }),
  "admin.datasets.update": (c) =>
    c.admin.datasets.update({ id: ids.datasetId, metadata: metadata({ slug: LEVELS_SLUG }) }),
  "admin.drafts.get": (c) => c.admin.drafts.get({ datasetId: ids.datasetId }),
  "admin.drafts.start": (c) => c.admin.drafts.start({ datasetId: ids.datasetId }),
  "admin.drafts.save": (c) =>
    c.admin.drafts.save({
      datasetId: ids.datasetId,
      draftId: ids.draftId,
      revision: 0,
      changes: { upsert: [point({ key: "authz.point" })], delete: [] },
    }),
  "admin.drafts.discard": (c) =>
    c.admin.drafts.discard({ datasetId: ids.datasetId, draftId: ids.draftId, revision: 99 }),
  "admin.drafts.publish": (c) =>
    c.admin.drafts.publish({ datasetId: ids.datasetId, draftId: ids.draftId, revision: 99 }),
  "admin.import.template": (c) => c.admin.import.template(),
  "admin.import.preview": (c) =>
    c.admin.import.preview({
      datasetId: ids.datasetId,
      contentBase64: base64(importTemplateCsv()),
    }),
  "admin.import.commit": (c) =>
    c.admin.import.commit({
      datasetId: ids.datasetId,
      draftId: ids.draftId,
      revision: 99,
      contentBase64: base64(importTemplateCsv()),
    }),
  "admin.users.list": (c) => c.admin.users.list(),
  "admin.users.setRole": (c) => c.admin.users.setRole({ userId: ids.otherUserId, role: "user" }),
  "admin.versions.list": (c) => c.admin.versions.list({ datasetId: ids.datasetId }),
  "admin.versions.diff": (c) =>
    c.admin.versions.diff({
      datasetId: ids.datasetId,
      fromVersionId: ids.publishedVersionId,
      toVersionId: ids.draftId,
    }),
  "admin.versions.rollback": (c) =>
    c.admin.versions.rollback({ datasetId: ids.datasetId, versionId: ids.publishedVersionId }),
  "admin.versions.exportCsv": (c) =>
    c.admin.versions.exportCsv({ datasetId: ids.datasetId, versionId: ids.publishedVersionId }),
};
const procedures = Object.keys(calls).sort();

/** What the database holds that a denied call must not have changed. */
const snapshot = async () => ({
  audit: await t.db.auditLog.count(),
  datasets: await t.db.dataset.count(),
  versions: await t.db.datasetVersion.findMany({
    select: { id: true, revision: true, status: true },
    orderBy: { id: "asc" },
  }),
  points: await t.db.dataPoint.count(),
  roles: await t.db.user.findMany({ select: { id: true, role: true }, orderBy: { id: "asc" } }),
});

describe("admin authorization", () => {
  it("has an entry here for every admin procedure of the router", () => {
    const routed = Object.keys(appRouter._def.procedures)
      .filter((path) => path.startsWith("admin."))
      .sort();
    expect(procedures).toEqual(routed);
  });

  it("refuses anonymous callers with UNAUTHORIZED and signed-in users with FORBIDDEN, changing nothing", async () => {
    const before = await snapshot();
    for (const procedure of procedures) {
      const call = calls[procedure] as (c: Caller) => Promise<unknown>;
      expect(await outcome(call(anonymousCaller(t.db))), `${procedure} anonymous`).toBe(
        "UNAUTHORIZED",
      );
      expect(await outcome(call(user.caller)), `${procedure} user`).toBe("FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each(procedures)("lets an admin call %s", async (procedure) => {
    const call = calls[procedure] as (c: Caller) => Promise<unknown>;
    expect(["OK", "BAD_REQUEST", "NOT_FOUND", "CONFLICT"]).toContain(
      await outcome(call(admin.caller)),
    );
  });

  it("reads the role from the database on every call: a demoted admin is refused at once", async () => {
    const other = await createUserCaller(t.db, "admin");
    expect(await outcome(other.caller.admin.datasets.list())).toBe("OK");

    await admin.caller.admin.users.setRole({ userId: other.id, role: "user" });
    // The session still says "admin"; the database no longer does.
    expect(other.session.user.role).toBe("admin");
    expect(await outcome(other.caller.admin.datasets.list())).toBe("FORBIDDEN");

    await admin.caller.admin.users.setRole({ userId: user.id, role: "admin" });
    expect(await outcome(user.caller.admin.datasets.list())).toBe("OK");
    await admin.caller.admin.users.setRole({ userId: user.id, role: "user" });
    expect(await outcome(user.caller.admin.datasets.list())).toBe("FORBIDDEN");
  });
});
