import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditActions,
  datasetIdOf,
  LEVELS_SLUG,
  MEDIAN_KEY,
  outcome,
  point,
  publicMedian,
  SEEDED_MEDIAN,
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

const visitor = () => anonymousCaller(t.db);

/** Starts a draft of the Levels.fyi dataset and sets its median; returns the draft. */
async function draftWithMedian(value: number) {
  const draft = await admin.caller.admin.drafts.start({ datasetId });
  const rows = (await admin.caller.admin.drafts.get({ datasetId })).draft?.rows ?? [];
  const median = rows.find((r) => r.key === MEDIAN_KEY);
  if (!median) throw new Error("the draft lacks the median");
  const saved = await admin.caller.admin.drafts.save({
    datasetId,
    draftId: draft.id,
    revision: draft.revision,
    changes: { upsert: [{ ...median, value }], delete: [] },
  });
  if (saved.status !== "saved") throw new Error("the save was refused");
  return { id: draft.id, number: draft.number, revision: saved.revision };
}

/** Everything a publish touches. */
const publishState = async () => ({
  dataset: await t.db.dataset.findUniqueOrThrow({
    where: { id: datasetId },
    select: { publishedVersionId: true },
  }),
  versions: await t.db.datasetVersion.findMany({
    where: { datasetId },
    select: { id: true, status: true, revision: true, publishedAt: true },
    orderBy: { number: "asc" },
  }),
  dataRevision: await t.db.dataRevision.findUniqueOrThrow({ where: { id: 1 } }),
  audit: await auditActions(t.db, datasetId),
});

describe("publishing a draft", () => {
  it("fails as a whole when a step fails halfway: the published version stays as it was", async () => {
    const draft = await draftWithMedian(270_000);
    expect(await publicMedian(visitor())).toBe(SEEDED_MEDIAN);
    const before = await publishState();

    // Bumping the data revision comes after the version and dataset writes: make it fail.
    await t.db.$executeRawUnsafe(`
      CREATE FUNCTION fail_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure'; END; $$`);
    await t.db.$executeRawUnsafe(`
      CREATE TRIGGER fail_revision_bump BEFORE UPDATE ON "DataRevision"
      FOR EACH ROW EXECUTE FUNCTION fail_revision_bump()`);
    try {
      await expect(
        admin.caller.admin.drafts.publish({
          datasetId,
          draftId: draft.id,
          revision: draft.revision,
        }),
      ).rejects.toThrow(/injected failure/);
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER fail_revision_bump ON "DataRevision"`);
      await t.db.$executeRawUnsafe("DROP FUNCTION fail_revision_bump()");
    }

    expect(await publishState()).toEqual(before);
    expect(await publicMedian(visitor())).toBe(SEEDED_MEDIAN);

    // The same publish goes through once nothing fails.
    await admin.caller.admin.drafts.publish({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
    });
    expect(await publicMedian(visitor())).toBe(270_000);
  });

  it("shows on the very next public read, though the previous read was cached", async () => {
    const draft = await draftWithMedian(280_000);
    expect(await publicMedian(visitor())).toBe(270_000);
    const dashboard = await visitor().market.dashboard({ page: "pay" });

    const published = await admin.caller.admin.drafts.publish({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
      note: "Median re-read from the article",
    });
    expect(published).toMatchObject({
      versionId: draft.id,
      number: draft.number,
      dataPointCount: 6,
    });

    expect(await publicMedian(visitor())).toBe(280_000);
    const after = await visitor().market.dashboard({ page: "pay" });
    expect(after).not.toEqual(dashboard);
    const { datasets } = await visitor().market.sources();
    expect(datasets.find((d) => d.slug === LEVELS_SLUG)?.version).toBe(draft.number);
  });

  it("refuses a draft changed since it was reviewed, and an empty draft", async () => {
    const draft = await draftWithMedian(290_000);
    await expect(
      admin.caller.admin.drafts.publish({
        datasetId,
        draftId: draft.id,
        revision: draft.revision - 1,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      // The message says what did not happen: this write was a publish, not a save.
      message: expect.stringMatching(
        /Nothing was published: review the draft and publish it again/,
      ),
    });
    await admin.caller.admin.drafts.discard({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
    });

    const empty = await admin.caller.admin.datasets.create({
      metadata: {
        slug: "empty-one",
        title: "Empty",
        publisher: "Nobody",
        asOf: "2025-01-01",
        asOfPrecision: "year",
      },
    });
    await expect(
      admin.caller.admin.drafts.publish({
        datasetId: empty.id,
        draftId: empty.draft?.id ?? "",
        revision: 0,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("no data points"),
    });
  });
});

describe("version history", () => {
  it("lists every version with who made and published it, when, and the note", async () => {
    const versions = await admin.caller.admin.versions.list({ datasetId });
    expect(versions.map((v) => [v.number, v.status])).toEqual([
      [3, "published"],
      [2, "superseded"],
      [1, "superseded"],
    ]);
    expect(versions[0]).toMatchObject({
      note: "Median re-read from the article",
      createdBy: admin.email,
      publishedBy: admin.email,
      publishedAt: expect.any(Date),
      basedOnVersionNumber: 2,
      dataPointCount: 6,
    });
  });

  it("diffs any two versions by key, field by field", async () => {
    const [v3, , v1] = await admin.caller.admin.versions.list({ datasetId });
    const diff = await admin.caller.admin.versions.diff({
      datasetId,
      fromVersionId: v1?.id ?? "",
      toVersionId: v3?.id ?? "",
    });
    expect(diff).toMatchObject({
      from: { number: 1 },
      to: { number: 3 },
      added: [],
      removed: [],
      changed: [
        { key: MEDIAN_KEY, changes: [{ field: "value", before: SEEDED_MEDIAN, after: 280_000 }] },
      ],
      unchangedCount: 5,
      counts: { added: 0, removed: 0, changed: 1, unchanged: 5 },
      truncated: false,
    });
  });

  it("refuses a version of another dataset", async () => {
    const other = await datasetIdOf(t.db, "bls-2024");
    const [v3] = await admin.caller.admin.versions.list({ datasetId });
    expect(
      await outcome(
        admin.caller.admin.versions.exportCsv({ datasetId: other, versionId: v3?.id ?? "" }),
      ),
    ).toBe("NOT_FOUND");
  });
});

describe("rolling back", () => {
  it("publishes a copy of the old version as a new one, keeping the history", async () => {
    const [, , v1] = await admin.caller.admin.versions.list({ datasetId });
    if (!v1) throw new Error("no version 1");
    expect(await publicMedian(visitor())).toBe(280_000);

    const rolledBack = await admin.caller.admin.versions.rollback({ datasetId, versionId: v1.id });
    expect(rolledBack).toMatchObject({ number: 4, dataPointCount: 6 });
    expect(await publicMedian(visitor())).toBe(SEEDED_MEDIAN);

    const versions = await admin.caller.admin.versions.list({ datasetId });
    expect(versions.map((v) => [v.number, v.status])).toEqual([
      [4, "published"],
      [3, "superseded"],
      [2, "superseded"],
      [1, "superseded"],
    ]);
    expect(versions[0]).toMatchObject({ note: "Rollback to version 1", basedOnVersionNumber: 1 });
    const diff = await admin.caller.admin.versions.diff({
      datasetId,
      fromVersionId: v1.id,
      toVersionId: rolledBack.versionId,
    });
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 6 });
    expect((await auditActions(t.db, datasetId)).at(-1)).toBe("version.rollback");
  });

  it("refuses while a draft is open, and to the version already published", async () => {
    const versions = await admin.caller.admin.versions.list({ datasetId });
    const current = versions.find((v) => v.status === "published");
    const older = versions.find((v) => v.number === 2);
    expect(
      await outcome(
        admin.caller.admin.versions.rollback({ datasetId, versionId: current?.id ?? "" }),
      ),
    ).toBe("BAD_REQUEST");

    const draft = await admin.caller.admin.drafts.start({ datasetId });
    await admin.caller.admin.drafts.save({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
      changes: { upsert: [point({ key: "pending.change" })], delete: [] },
    });
    await expect(
      admin.caller.admin.versions.rollback({ datasetId, versionId: older?.id ?? "" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("publish or discard it"),
    });
    expect(await publicMedian(visitor())).toBe(SEEDED_MEDIAN);
  });
});
