import { createCaller, createInnerContext } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const anonymous = () => createCaller(createInnerContext({ db: t.db, session: null }));

/** What a publish does besides changing data: bump the shared revision, in any instance. */
const bumpRevision = () =>
  t.db.dataRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });

describe("market.overview", () => {
  it("returns every headline figure with its source, read from the database", async () => {
    const { headlines } = await anonymous().market.overview();
    const byId = Object.fromEntries(headlines.map((h) => [h.id, h]));

    expect(byId["average-salary"]?.figure).toMatchObject({ value: 206000, unit: "usd_per_year" });
    expect(byId["average-salary"]?.companion).toMatchObject({ value: 50000 });
    expect(byId["median-total-comp"]?.figure).toMatchObject({
      value: 260750,
      source: { publisher: "Levels.fyi", asOf: "2025-01-01", asOfPrecision: "year" },
    });
    expect(byId["projected-growth"]?.figure).toMatchObject({
      value: 26,
      baseYear: 2024,
      year: 2034,
    });
    expect(byId["demand-supply"]?.figure).toMatchObject({ value: 3.2, unit: "ratio" });
    expect(byId["postings-growth"]?.figure).toMatchObject({ value: 163 });
    expect(byId["postings-growth"]?.companion).toMatchObject({ value: 49200 });
    for (const h of headlines) {
      expect(h.figure?.source.documentId, h.id).toMatch(/^00[01]_/);
      expect(h.figure?.source.documentTitle, h.id).toBeTruthy();
    }
  });

  it("shows only the published version: a draft's changes stay private until published", async () => {
    const dataset = await t.db.dataset.findUniqueOrThrow({
      where: { slug: "levels-fyi-ml-engineers-2025" },
      include: { publishedVersion: { include: { dataPoints: true } } },
    });
    const published = dataset.publishedVersion;
    if (!published) throw new Error("seeded dataset has no published version");
    const draft = await t.db.datasetVersion.create({
      data: { datasetId: dataset.id, number: published.number + 1, status: "draft" },
    });
    await t.db.dataPoint.createMany({
      data: published.dataPoints.map(({ id: _id, versionId: _v, ...p }) => ({
        ...p,
        versionId: draft.id,
        value: p.key === "total-comp.median.top-companies" ? "999999" : p.value,
      })),
    });

    const before = await anonymous().market.overview();
    expect(before.headlines.find((h) => h.id === "median-total-comp")?.figure?.value).toBe(260750);

    await t.db.dataset.update({
      where: { id: dataset.id },
      data: { publishedVersionId: draft.id },
    });
    // Reads are cached per data revision: until a publish bumps it, the cache stands.
    const cached = await anonymous().market.overview();
    expect(cached.headlines.find((h) => h.id === "median-total-comp")?.figure?.value).toBe(260750);

    await bumpRevision();
    const after = await anonymous().market.overview();
    expect(after.headlines.find((h) => h.id === "median-total-comp")?.figure?.value).toBe(999999);
  });

  it("reports a headline as missing rather than failing when its dataset is unpublished", async () => {
    await t.db.dataset.update({ where: { slug: "bls-2024" }, data: { publishedVersionId: null } });
    await bumpRevision();
    const { headlines } = await anonymous().market.overview();
    expect(headlines.find((h) => h.id === "projected-growth")?.figure).toBeNull();
    expect(headlines.find((h) => h.id === "average-salary")?.figure).not.toBeNull();
  });
});

describe("system.health", () => {
  it("says the database is up", async () => {
    expect(await anonymous().system.health()).toEqual({ database: "up" });
  });
});

describe("market.dashboard", () => {
  it("builds a page's charts from the published figures, with the URL's filters", async () => {
    const { charts, page } = await anonymous().market.dashboard({
      page: "pay",
      filters: { comp: "all", level: "senior", highlight: ["Google", "Nvidia"] },
    });
    expect(page.path).toBe("/pay");
    const byLevel = charts.find((c) => c.id === "pay-by-level");
    expect(byLevel?.rows.every((r) => r.level === "senior")).toBe(true);
    const companies = charts.find((c) => c.id === "pay-by-company");
    expect(companies?.rows.find((r) => r.company === "Google")?.highlighted).toBe(true);
  });

  it("names highlighted companies it has no figures for", async () => {
    const result = await anonymous().market.dashboard({
      page: "pay",
      filters: { comp: "all", highlight: ["Nvidia"] },
    });
    expect(result.unknownHighlights).toEqual(["Nvidia"]);
  });

  it("rejects an unknown page with a 400, not a 500", async () => {
    await expect(
      // @ts-expect-error: an invalid page on purpose
      anonymous().market.dashboard({ page: "nope" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("market.sources", () => {
  it("lists every published dataset with its figures and the charts that use them", async () => {
    const { datasets, documents } = await anonymous().market.sources();
    expect(documents.map((d) => d.id).sort()).toEqual([
      "000_02628524a31adb19",
      "001_c0608c5ff0a8a3af",
    ]);
    const levels = datasets.find((d) => d.slug === "levels-fyi-ml-engineers-2025");
    expect(levels?.figures.length).toBe(6);
    expect(levels?.charts.map((c) => c.id)).toContain("pay-by-company");
    expect(datasets.find((d) => d.slug === "springboard-advert")?.sourcesOnly).toBe(true);
  });
});
