import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { openDataLong } from "@aiml/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileBytes } from "../helpers/admin-fixtures";
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

async function newDataset(slug: string) {
  const created = await admin.caller.admin.datasets.create({
    metadata: {
      slug,
      title: "AI job share (test)",
      publisher: "A test publisher",
      sourceUrl: "https://example.com/ai-share",
      asOf: "2026-06-30",
      asOfPrecision: "month",
      licenceName: "CC BY 4.0",
      licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
      attribution: "Source: A test publisher",
      importFormat: openDataLong.id,
    },
  });
  if (!created.draft) throw new Error("a new dataset has a draft");
  return { datasetId: created.id, draftId: created.draft.id, revision: created.draft.revision };
}

describe("the open-data-long layout", () => {
  it("imports a brand-new metric with no layout in code; defined as a metric, it shows on its dashboard once published", async () => {
    const draft = await newDataset("ai-job-share-test");
    const csv = [
      "# Notes before the header are skipped",
      "metric,unit,precision,period,state,value,count,count_meaning",
      "ai_job_share,percent,month,2026-01,CA,4.2,1200,postings sampled",
      "ai_job_share,percent,month,2026-02,CA,4.6,1300,postings sampled",
      "ai_job_share,percent,month,2026-01,NY,3.1,900,postings sampled",
      "ai_job_share,percent,month,2026-02-01,NY,3.3,950,postings sampled",
    ].join("\n");
    const imported = await admin.caller.admin.import.commit({
      ...draft,
      content: fileBytes(csv),
    });
    expect(imported).toMatchObject({ status: "applied", dataPointCount: 4 });
    await admin.caller.admin.metrics.create({
      definition: {
        name: "ai_job_share",
        label: "Share of postings mentioning AI",
        unit: "percent",
        description: "Share of job postings that mention AI skills (a test metric).",
        dashboard: "demand",
        chartKind: "state_map",
        defaultFilters: {},
        sortOrder: 99,
      },
    });
    const demand = async () =>
      (await anonymousCaller(t.db).openData.pageMetrics({ page: "demand" })).metrics.find(
        (m) => m.name === "ai_job_share",
      );
    expect((await demand())?.charts ?? []).toEqual([]);
    await admin.caller.admin.drafts.publish({ ...draft, revision: draft.revision + 1 });
    const chart = (await demand())?.charts[0];
    if (chart?.kind !== "state_map") throw new Error("expected a state map");
    expect(chart.source).toMatchObject({
      datasetSlug: "ai-job-share-test",
      attribution: "Source: A test publisher",
    });
    expect(chart.rows.map((r) => [r.state, r.period, r.value, r.count])).toEqual([
      ["CA", "2026-02-01", 4.6, 1300],
      ["NY", "2026-02-01", 3.3, 950],
    ]);
  });

  it("names the row and the column of every bad cell, and imports nothing", async () => {
    const draft = await newDataset("long-layout-errors-test");
    const csv = [
      "metric,unit,precision,period,period_end,soc_code,value,attributes",
      "new_metric,percent,year,2024,,15-2051,1.5,",
      "new_metric,dollars,year,2025,,15-2051,1.5,",
      "new_metric,percent,year,2025-13,,15-2051,1.5,",
      "New Metric,percent,year,2025,,15-2051,1.5,",
      "new_metric,percent,span,2024,,15-2051,1.5,",
      "new_metric,percent,year,2026,,152051,1.5,",
      "new_metric,percent,year,2027,,15-2051,,",
      "new_metric,percent,year,2024,,15-2051,2.5,",
      "new_metric,percent,month,2028-01,,15-2051,2.5,",
      "new_metric,percent,year,2029,,15-2051,x,",
      'new_metric,percent,year,2030,,15-2051,1,"[1]"',
    ].join("\n");
    const preview = await admin.caller.admin.import.preview({
      datasetId: draft.datasetId,
      content: fileBytes(csv),
    });
    expect(preview.canApply).toBe(false);
    expect(preview.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Row 3: column unit: "dollars" is not one of index, count/),
      expect.stringMatching(/^Row 4: column period: "2025-13" is not a year period/),
      expect.stringMatching(/^Row 5: column metric: "New Metric" is not a metric name/),
      "Row 6: column period_end: a span needs the period it ends with",
      expect.stringMatching(/^Row 7: column soc_code: "152051" is not a SOC code/),
      expect.stringMatching(/^Row 8: column value: empty, and so is every other statistic/),
      "Row 9: column period: 2024-01-01 appears twice in series new_metric|socCode=15-2051",
      "Row 10: column precision: differs from an earlier row of series new_metric|socCode=15-2051",
      'Row 11: column value: "x" is not a number',
      "Row 12: column attributes: not a JSON object",
    ]);
    const result = await admin.caller.admin.import.commit({ ...draft, content: fileBytes(csv) });
    expect(result.status).toBe("invalid");
    expect(await t.db.versionSeries.count({ where: { versionId: draft.draftId } })).toBe(0);
  });

  it("says which columns are missing or unknown, in both layouts", async () => {
    const draft = await newDataset("long-layout-header-test");
    const preview = await admin.caller.admin.import.preview({
      datasetId: draft.datasetId,
      content: fileBytes("metric,unit,period,colour\nx,percent,2024,red\n"),
    });
    expect(preview.issues[0]?.message).toMatch(
      /missing column\(s\): precision; unknown column\(s\): colour/,
    );
  });
});
