import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedFiles, seedDatabase } from "../src/seed";
import { createTestDatabase, type TestDatabase } from "../src/testing";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

async function snapshot() {
  const [documents, datasets, versions, points, audit, revision, series, blocks] =
    await Promise.all([
      t.db.sourceDocument.count(),
      t.db.dataset.findMany({
        select: { slug: true, updatedAt: true, publishedVersionId: true },
        orderBy: { slug: "asc" },
      }),
      t.db.datasetVersion.count(),
      t.db.dataPoint.count(),
      t.db.auditLog.count(),
      t.db.dataRevision.findUnique({ where: { id: 1 } }),
      t.db.observationSeries.count(),
      t.db.observationBlock.count(),
    ]);
  return {
    documents,
    datasets,
    versions,
    points,
    audit,
    revision: revision?.revision,
    series,
    blocks,
  };
}

describe("seeding", () => {
  it("loads every dataset and figure from the seed files", async () => {
    const files = loadSeedFiles();
    const expectedPoints = files.datasets.reduce((n, d) => n + d.dataPoints.length, 0);
    expect(expectedPoints).toBeGreaterThan(100);
    expect(await t.db.dataPoint.count()).toBe(expectedPoints);
    expect(await t.db.dataset.count()).toBe(files.datasets.length + files.openData.length);
    expect(await t.db.sourceDocument.count()).toBe(files.documents.length);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await snapshot();
    const report = await seedDatabase(t.db);
    expect(report).toMatchObject({
      documentsCreated: 0,
      datasetsCreated: [],
      dataPointsCreated: 0,
      observationsCreated: 0,
      metricDefinitionsCreated: 0,
    });
    expect(report.datasetsKept).toHaveLength(before.datasets.length);
    expect(await snapshot()).toEqual(before);
  });

  it("stores money exactly, as decimals", async () => {
    const point = await t.db.dataPoint.findFirstOrThrow({ where: { key: "market-size.ml.2030" } });
    expect(point.value?.toFixed(4)).toBe("503400000000.0000");
    const share = await t.db.dataPoint.findFirstOrThrow({ where: { key: "posting-share.nlp" } });
    expect(share.value?.toString()).toBe("19.7");
  });

  it("seeds an empty database from scratch", async () => {
    const empty = await createTestDatabase({ empty: true });
    try {
      const { applyMigrations } = await import("../src/migrations");
      await applyMigrations(empty.url);
      const report = await seedDatabase(empty.db);
      const files = loadSeedFiles();
      expect(report.datasetsCreated.length).toBe(files.datasets.length + files.openData.length);
      expect(report.dataPointsCreated).toBeGreaterThan(100);
    } finally {
      await empty.drop();
    }
  });
});
