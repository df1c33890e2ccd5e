import { createCaller, createInnerContext } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";

let t: TestDatabase;
let seeded: number;
beforeAll(async () => {
  t = await createTestDatabase();
  seeded = await t.db.dataset.count({ where: { publishedVersionId: { not: null } } });
  // 40 more published datasets (no figures), sorted after the seeded ones by publisher.
  for (let i = 1; i <= 40; i++) {
    const n = String(i).padStart(2, "0");
    await t.db.dataset.create({
      data: {
        id: `paging-${n}`,
        slug: `paging-${n}`,
        title: `Paging test ${n}`,
        publisher: "ZZ paging",
        asOf: new Date("2025-01-01"),
        asOfPrecision: "year",
      },
    });
    await t.db.datasetVersion.create({
      data: { id: `paging-v-${n}`, datasetId: `paging-${n}`, number: 1, status: "published" },
    });
    await t.db.dataset.update({
      where: { id: `paging-${n}` },
      data: { publishedVersionId: `paging-v-${n}` },
    });
  }
  await t.db.dataRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
});
afterAll(async () => {
  await t?.drop();
});

const sources = (input?: { page?: number; dataset?: string }) =>
  createCaller(createInnerContext({ db: t.db, session: null })).market.sources(input);

it("lists the datasets 25 to a page, every dataset on exactly one page", async () => {
  const total = seeded + 40;
  const pageCount = Math.ceil(total / 25);
  const pages = await Promise.all(
    Array.from({ length: pageCount }, (_, i) => sources({ page: i + 1 })),
  );
  for (const [i, p] of pages.entries()) {
    expect(p).toMatchObject({ page: i + 1, pageCount, datasetCount: total, pageMissing: false });
    expect(p.datasets.length).toBe(i + 1 < pageCount ? 25 : total - 25 * (pageCount - 1));
  }
  const slugs = pages.flatMap((p) => p.datasets.map((d) => d.slug));
  expect(new Set(slugs).size).toBe(total);
  expect((await sources()).datasets).toEqual(pages[0]?.datasets);
});

it("finds the page that holds a dataset, and says so when a page does not exist", async () => {
  const last = await sources({ dataset: "paging-40" });
  expect(last.page).toBe(last.pageCount);
  expect(last.datasets.map((d) => d.slug)).toContain("paging-40");

  const beyond = await sources({ page: 99 });
  expect(beyond).toMatchObject({ page: beyond.pageCount, pageMissing: true });
  expect((await sources({ dataset: "no-such-dataset" })).page).toBe(1);
});
