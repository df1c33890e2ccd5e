import { findPublishedFigures, findPublishedFiguresByRef } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  // A draft next to the published version of a seeded dataset: its rows are not public.
  const dataset = await t.db.dataset.findFirstOrThrow({ where: { slug: "bls-2024" } });
  await t.db.datasetVersion.create({
    data: {
      datasetId: dataset.id,
      number: 99,
      status: "draft",
      dataPoints: {
        create: {
          key: "draft.only",
          metric: "total_comp",
          statistic: "median",
          unit: "usd_per_year",
          value: 1,
          label: "Draft only",
        },
      },
    },
  });
});
afterAll(async () => {
  await t?.drop();
});

it("reads every published figure, as the relation-based reads map them, and no draft row", async () => {
  const figures = await findPublishedFigures(t.db);
  const publishedCount = await t.db.dataPoint.count({
    where: { version: { publishedOf: { isNot: null } } },
  });
  expect(figures).toHaveLength(publishedCount);
  expect(figures.some((f) => f.key === "draft.only")).toBe(false);

  const refs = figures.map((f) => ({ datasetSlug: f.source.datasetSlug, key: f.key }));
  const viaRelations = await findPublishedFiguresByRef(t.db, refs);
  for (const figure of figures) {
    expect(figure).toEqual(viaRelations.get(`${figure.source.datasetSlug}/${figure.key}`));
  }
  expect(figures.some((f) => f.source.documentTitle !== null)).toBe(true);
});
