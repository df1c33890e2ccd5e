import fs from "node:fs";
import path from "node:path";
import { openDataSeedDir } from "@aiml/db/open-data";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetIdOf, fileBytes } from "../helpers/admin-fixtures";
import { anonymousCaller, createUserCaller } from "../helpers/users";

let t: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserCaller>>;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t, "admin");
});
afterAll(async () => {
  await t?.drop();
});

const folders: Record<string, string> = {
  us_postings_index: "indeed-postings-us",
  us_state_postings_index: "indeed-postings-us-states",
  us_sector_postings_index: "indeed-postings-us-sectors-2024-10",
  bls_oews_national_tech_wages: "bls-oews-national-tech-wages",
  bls_oews_state_tech_wages_2023: "bls-oews-state-tech-wages-2023",
  bls_employment_projections_2024_34: "bls-employment-projections-2024-34",
  bea_rpp_state: "bea-rpp-states",
  fx_annual_usd: "fed-fx-annual-usd",
};

const shippedCsv = (folder: string) =>
  fs.readFileSync(path.join(openDataSeedDir, folder, "data.csv"), "utf8");

/** Every observation of a version with its series' metadata, as comparable text rows. */
async function versionContent(versionId: string): Promise<string[]> {
  const rows = await t.db.$queryRaw<{ row: string }[]>`
    SELECT ROW(vs."seriesKey", s.metric, s.unit, s."precision", s."indexBase", s."countMeaning",
      s."socCode", s.occupation, s.state, s.sector, s.currency, s."postingsType",
      s."seasonalAdjustment", s.attributes, o.*)::text AS row
    FROM "VersionSeries" vs
    JOIN "ObservationSeries" s ON s.id = vs."seriesId"
    JOIN "ObservationBlock" b ON b."seriesId" = s.id
    CROSS JOIN LATERAL unnest(b.periods, b."periodEnds", b.value, b.mean, b.p10, b.p25, b.p50,
      b.p75, b.p90, b.count, b.flags) AS o
    WHERE vs."versionId" = ${versionId}
    ORDER BY 1`;
  return rows.map((r) => r.row);
}

async function startDraft(slug: string) {
  const datasetId = await datasetIdOf(t.db, slug);
  const draft = await admin.caller.admin.drafts.start({ datasetId });
  return { datasetId, draftId: draft.id, revision: draft.revision };
}

describe("open-data import", () => {
  for (const [folder, slug] of Object.entries(folders)) {
    it(`re-importing ${folder}/data.csv into a draft of ${slug} gives exactly the seeded observations`, async () => {
      const dataset = await t.db.dataset.findUniqueOrThrow({ where: { slug } });
      const published = dataset.publishedVersionId ?? "";
      const seeded = await versionContent(published);
      const storageBefore = await t.db.observationBlock.count();

      const draft = await startDraft(slug);
      const csv = shippedCsv(folder);
      const preview = await admin.caller.admin.import.preview({
        datasetId: draft.datasetId,
        content: fileBytes(csv),
      });
      expect(preview).toMatchObject({
        canApply: true,
        errorCount: 0,
        changes: { added: 0, removed: 0, changed: 0, unchanged: seeded.length },
      });

      const result = await admin.caller.admin.import.commit({
        ...draft,
        fileName: "data.csv",
        content: fileBytes(csv),
      });
      expect(result).toMatchObject({
        status: "applied",
        dataPointCount: seeded.length,
        changes: { added: 0, removed: 0, changed: 0, unchanged: seeded.length },
      });
      expect(await versionContent(draft.draftId)).toEqual(seeded);
      // Unchanged series keep their rows: the re-import stored nothing new.
      expect(await t.db.observationBlock.count()).toBe(storageBefore);
      await admin.caller.admin.drafts.discard({
        datasetId: draft.datasetId,
        draftId: draft.draftId,
        revision: draft.revision + 1,
      });
    });
  }

  it("imports a corrected release: one changed value becomes one new series, shown after publish", async () => {
    const csv = shippedCsv("bea_rpp_state").replace(
      "2023,CA,California,112.581,",
      "2023,CA,California,113.5,",
    );
    const draft = await startDraft("bea-rpp-states");
    const seriesBefore = await t.db.observationSeries.count();
    const result = await admin.caller.admin.import.commit({
      ...draft,
      content: fileBytes(csv),
    });
    expect(result).toMatchObject({
      status: "applied",
      changes: { added: 0, removed: 0, changed: 1 },
    });
    expect(await t.db.observationSeries.count()).toBe(seriesBefore + 1);
    expect(
      (await anonymousCaller(t.db).openData.priceParity({ state: "CA", year: 2023 }))?.allItems,
    ).toBe(112.581);
    await admin.caller.admin.drafts.publish({
      datasetId: draft.datasetId,
      draftId: draft.draftId,
      revision: draft.revision + 1,
    });
    const after = await anonymousCaller(t.db).openData.priceParity({ state: "CA", year: 2023 });
    expect(after).toMatchObject({ allItems: 113.5, source: { version: 2 } });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { datasetId: draft.datasetId, action: "draft.import" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect(audit.after).toMatchObject({ observations: 4160, unchangedSeries: 259 });
  });

  it("reports bad rows by line and imports nothing", async () => {
    const lines = shippedCsv("fx_annual_usd").split("\n");
    lines[3] = "2002,AUD,1.8x,0.54,fred_annual";
    lines[5] = "2004,aud,1.3,0.74,fred_annual";
    lines[7] = lines[6] ?? "";
    const draft = await startDraft("fed-fx-annual-usd");
    const preview = await admin.caller.admin.import.preview({
      datasetId: draft.datasetId,
      content: fileBytes(lines.join("\n")),
    });
    expect(preview.canApply).toBe(false);
    expect(preview.issues.map((i) => [i.row, i.message])).toEqual([
      [4, 'Row 4: units_per_usd: "1.8x" is not a number'],
      [6, 'Row 6: currency: "aud" is not a three-letter currency code'],
      [8, "Row 8: fx_units_per_usd|currency=AUD: 2005-01-01 appears twice"],
    ]);
    const result = await admin.caller.admin.import.commit({
      ...draft,
      content: fileBytes(lines.join("\n")),
    });
    expect(result).toMatchObject({ status: "invalid", errorCount: 3 });
    expect(await t.db.versionSeries.count({ where: { versionId: draft.draftId } })).toBe(18);
  });

  it("refuses a file in another layout, naming the columns it expects", async () => {
    const draft = await startDraft("indeed-postings-us");
    const preview = await admin.caller.admin.import.preview({
      datasetId: draft.datasetId,
      content: fileBytes(shippedCsv("fx_annual_usd")),
    });
    expect(preview.canApply).toBe(false);
    expect(preview.issues[0]?.code).toBe("columns");
    expect(preview.issues[0]?.message).toMatch(/missing column\(s\): date, postings_type/);
    const template = await admin.caller.admin.import.template({ datasetId: draft.datasetId });
    expect(template.csv).toBe("date,postings_type,index_sa,index_nsa\n");
  });

  it("does not let the figure editor write into an open-data draft", async () => {
    const draft = await startDraft("indeed-postings-us-sectors-2024-10");
    await expect(
      admin.caller.admin.drafts.save({
        ...draft,
        changes: { upsert: [], delete: [] },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("leaves no series that no version links (discarded drafts, replaced imports)", async () => {
    const [row] = await t.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "ObservationSeries" s
      WHERE NOT EXISTS (SELECT 1 FROM "VersionSeries" vs WHERE vs."seriesId" = s.id)`;
    // Discarded drafts and replaced imports leave no series behind.
    expect(row?.n).toBe(0);
  });
});
