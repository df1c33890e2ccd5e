import { publishedFigures } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, beforeEach, expect, it, type MockInstance, vi } from "vitest";
import { datasetIdOf, LEVELS_SLUG, MEDIAN_KEY } from "./helpers/admin-fixtures";
import { createUserCaller } from "./helpers/users";

let t: TestDatabase;
let queryRaw: MockInstance;
let admin: Awaited<ReturnType<typeof createUserCaller>>;
let datasetId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t, "admin");
  datasetId = await datasetIdOf(t.db, LEVELS_SLUG);
  // The figures of the seeded data are in the cache, as on a server that has had visitors.
  await publishedFigures(t.db);
  // The read of every published figure, recognised by its join (findPublishedFigures).
  queryRaw = vi.spyOn(t.db, "$queryRaw");
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(() => {
  queryRaw.mockClear();
});

/** How many times the published figures were read from Postgres since the test began. */
const figureReads = () =>
  queryRaw.mock.calls.filter(
    ([sql]) =>
      Array.isArray(sql) && sql.join("").includes(`JOIN "Dataset" d ON d."publishedVersionId"`),
  ).length;

const medianNow = async () =>
  (await publishedFigures(t.db)).find((f) => f.key === MEDIAN_KEY)?.value;

it("reads the new figures as soon as a publish commits, before any visitor asks", async () => {
  const draft = await admin.caller.admin.drafts.start({ datasetId });
  const rows = (await admin.caller.admin.drafts.get({ datasetId })).draft?.rows ?? [];
  const median = rows.find((r) => r.key === MEDIAN_KEY);
  if (!median) throw new Error("the draft lacks the median");
  const saved = await admin.caller.admin.drafts.save({
    datasetId,
    draftId: draft.id,
    revision: draft.revision,
    changes: { upsert: [{ ...median, value: 987_654 }], delete: [] },
  });
  if (saved.status !== "saved") throw new Error("the save was refused");
  expect(figureReads()).toBe(0);

  await admin.caller.admin.drafts.publish({
    datasetId,
    draftId: draft.id,
    revision: saved.revision,
  });
  // Started in the background once the publish has committed (after a read of the revision).
  await vi.waitFor(() => expect(figureReads()).toBe(1));
  // The first read after the publish shares that one.
  expect(await medianNow()).toBe(987_654);
  expect(figureReads()).toBe(1);
});

it("reads them again after a rollback", async () => {
  const versions = await admin.caller.admin.versions.list({ datasetId });
  const first = versions.find((v) => v.number === 1);
  if (!first) throw new Error("no first version");
  await admin.caller.admin.versions.rollback({ datasetId, versionId: first.id });
  await vi.waitFor(() => expect(figureReads()).toBe(1));
  expect(await medianNow()).not.toBe(987_654);
  expect(figureReads()).toBe(1);
});

it("reads them again after a published dataset's title changes", async () => {
  const d = await t.db.dataset.findUniqueOrThrow({ where: { id: datasetId } });
  await admin.caller.admin.datasets.update({
    id: datasetId,
    metadata: {
      slug: d.slug,
      title: "Levels.fyi, renamed",
      publisher: d.publisher,
      ...(d.sourceUrl ? { sourceUrl: d.sourceUrl } : {}),
      asOf: d.asOf.toISOString().slice(0, 10),
      asOfPrecision: d.asOfPrecision,
      ...(d.methodology ? { methodology: d.methodology } : {}),
    },
  });
  await vi.waitFor(() => expect(figureReads()).toBe(1));
  const figure = (await publishedFigures(t.db)).find((f) => f.key === MEDIAN_KEY);
  expect(figure?.source.datasetTitle).toBe("Levels.fyi, renamed");
  expect(figureReads()).toBe(1);
});
