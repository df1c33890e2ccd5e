import { transactionConnection } from "@aiml/db";
import { writeSeries } from "@aiml/db/open-data";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import type { ParsedSeries } from "@aiml/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditActions, datasetIdOf } from "../helpers/admin-fixtures";
import { anonymousCaller, createUserCaller } from "../helpers/users";

const SLUG = "indeed-postings-us-states";

let t: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserCaller>>;
let datasetId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t, "admin");
  datasetId = await datasetIdOf(t.db, SLUG);
});
afterAll(async () => {
  await t?.drop();
});

const californiaAt = async (at: string) => {
  const result = await anonymousCaller(t.db).openData.latestByState({
    dataset: SLUG,
    metric: "postings_index",
    filters: { state: "CA" },
    at,
  });
  return result.rows[0]?.value;
};

const storage = async () => ({
  series: await t.db.observationSeries.count(),
  blocks: await t.db.observationBlock.count(),
});

/** Writes a new California series into a draft, as an edit or an import would. */
async function replaceCalifornia(draftId: string, value: number) {
  const series: ParsedSeries = {
    key: "postings_index|state=CA|postingsType=total|seasonalAdjustment=sa",
    metric: "postings_index",
    unit: "index",
    precision: "week",
    indexBase: "2020-02-01",
    countMeaning: null,
    dimensions: {
      socCode: null,
      occupation: null,
      state: "CA",
      sector: null,
      currency: null,
      postingsType: "total",
      seasonalAdjustment: "sa",
    },
    attributes: null,
    observations: ["2026-07-31", "2026-08-07", "2026-08-14"].map((period) => ({
      period,
      periodEnd: null,
      value,
      mean: null,
      p10: null,
      p25: null,
      p50: null,
      p75: null,
      p90: null,
      count: null,
      flags: null,
    })),
  };
  await t.db.$transaction(async (tx) =>
    writeSeries(await transactionConnection(t.db, tx), {
      datasetId,
      versionId: draftId,
      series: [series],
    }),
  );
}

describe("versions of an open-data dataset", () => {
  it("starts a draft by linking the published series, copying no observations", async () => {
    const before = await storage();
    const draft = await admin.caller.admin.drafts.start({ datasetId });
    expect(await storage()).toEqual(before);
    const links = await t.db.versionSeries.count({ where: { versionId: draft.id } });
    expect(links).toBe(51);
    await admin.caller.admin.drafts.discard({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
    });
    expect(await storage()).toEqual(before);
  });

  it("publishes a changed series (copy-on-write), rolls back, and the public reads follow", async () => {
    expect(await californiaAt("2026-08-07")).toBe(85.07);
    const before = await storage();

    const draft = await admin.caller.admin.drafts.start({ datasetId });
    await replaceCalifornia(draft.id, 123.45);
    // Only the new series and its one block were written; the other 50 states are shared.
    expect(await storage()).toEqual({ series: before.series + 1, blocks: before.blocks + 1 });
    // A draft is not public.
    expect(await californiaAt("2026-08-07")).toBe(85.07);

    const published = await admin.caller.admin.drafts.publish({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
    });
    expect(published.number).toBe(2);
    expect(await californiaAt("2026-08-07")).toBe(123.45);
    // The new California series holds only 2026 data; the earlier weeks are gone from v2.
    expect(await californiaAt("2025-01-01")).toBeUndefined();

    const versions = await admin.caller.admin.versions.list({ datasetId });
    expect(versions.map((v) => [v.number, v.status, v.seriesCount])).toEqual([
      [2, "published", 51],
      [1, "superseded", 51],
    ]);

    const first = versions.find((v) => v.number === 1);
    const rolledBack = await admin.caller.admin.versions.rollback({
      datasetId,
      versionId: first?.id ?? "",
    });
    expect(rolledBack.number).toBe(3);
    expect(await californiaAt("2026-08-07")).toBe(85.07);
    // A rollback links the old series again: no observation is copied.
    expect(await storage()).toEqual({ series: before.series + 1, blocks: before.blocks + 1 });
    expect(await auditActions(t.db, datasetId)).toEqual(
      expect.arrayContaining([
        "dataset.seed",
        "draft.start",
        "version.publish",
        "version.rollback",
      ]),
    );
  });

  it("discarding a draft deletes the series only it held", async () => {
    const before = await storage();
    const draft = await admin.caller.admin.drafts.start({ datasetId });
    await replaceCalifornia(draft.id, 99);
    expect((await storage()).series).toBe(before.series + 1);
    await admin.caller.admin.drafts.discard({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
    });
    expect(await storage()).toEqual(before);
    expect(await californiaAt("2026-08-07")).toBe(85.07);
  });
});
