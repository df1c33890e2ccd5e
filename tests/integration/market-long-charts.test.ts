import { createCaller, createInnerContext } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { MAX_CHART_ROWS, MAX_CHART_SOURCES } from "@aiml/domain";
import { afterAll, beforeAll, expect, it } from "vitest";

const extraDatasets = 20;
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  // 20 more published datasets, each with one company's total compensation.
  for (let i = 1; i <= extraDatasets; i++) {
    const n = String(i).padStart(2, "0");
    await t.db.dataset.create({
      data: {
        id: `long-${n}`,
        slug: `long-${n}`,
        title: `Long chart test ${n}`,
        publisher: `Publisher ${n}`,
        asOf: new Date("2025-01-01"),
        asOfPrecision: "year",
      },
    });
    await t.db.datasetVersion.create({
      data: {
        id: `long-v-${n}`,
        datasetId: `long-${n}`,
        number: 1,
        status: "published",
        dataPoints: {
          create: {
            key: `total.${n}`,
            metric: "total_comp",
            statistic: "median",
            unit: "usd_per_year",
            value: 100_000 + i * 1_000,
            company: `Company ${n}`,
            label: `Company ${n} median total compensation`,
          },
        },
      },
    });
    await t.db.dataset.update({
      where: { id: `long-${n}` },
      data: { publishedVersionId: `long-v-${n}` },
    });
  }
  await t.db.dataRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
});
afterAll(async () => {
  await t?.drop();
});

const payByCompany = async (allRows?: boolean) => {
  const caller = createCaller(createInnerContext({ db: t.db, session: null }));
  const { charts } = await caller.market.dashboard({ page: "pay", allRows });
  const chart = charts.find((c) => c.id === "pay-by-company");
  if (!chart) throw new Error("no pay-by-company chart");
  return chart;
};

it("shows a long chart's top rows and names a few sources; the CSV query gets every row", async () => {
  const all = await payByCompany(true);
  expect(all.rows.length).toBeGreaterThan(extraDatasets);
  expect(all.omittedRows).toBe(0);

  const shown = await payByCompany();
  expect(shown.rows).toEqual(all.rows.slice(0, MAX_CHART_ROWS));
  expect(shown.omittedRows).toBe(all.rows.length - MAX_CHART_ROWS);
  const shownSources = new Set(shown.rows.map((r) => r.source.datasetSlug));
  expect(shown.sources).toHaveLength(MAX_CHART_SOURCES);
  expect(shown.omittedSources).toBe(shownSources.size - MAX_CHART_SOURCES);
  for (const source of shown.sources) expect(shownSources.has(source.datasetSlug)).toBe(true);
});
