import { createCaller, createInnerContext } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { generateScaleData } from "../lib/scale-data";

let t: TestDatabase;
let seeded: { datasets: number; points: number };

beforeAll(async () => {
  t = await createTestDatabase();
  seeded = {
    datasets: await t.db.dataset.count(),
    points: await t.db.dataPoint.count(),
  };
});
afterAll(async () => {
  await t?.drop();
});

interface PairRow {
  unit: string;
  value: string | null;
  low: string | null;
  high: string | null;
  source_value: string | null;
}

it("grows the published data n-fold with plausible values, and publishes it", async () => {
  const revisionBefore = (await t.db.dataRevision.findUnique({ where: { id: 1 } }))?.revision ?? 0;
  const report = await generateScaleData(t.url, 3);

  expect(report.datasets).toBe(seeded.datasets * 3);
  expect(report.publishedDataPoints).toBe(seeded.points * 3);
  expect((await t.db.dataRevision.findUnique({ where: { id: 1 } }))?.revision).toBe(
    revisionBefore + 1,
  );

  // Each generated figure beside the seeded figure it was varied from.
  const pairs = await t.db.$queryRaw<PairRow[]>`
    SELECT g.unit::text, g.value::text, g.low::text, g.high::text, s.value::text AS source_value
    FROM "DataPoint" g
    JOIN "Dataset" gd ON gd."publishedVersionId" = g."versionId" AND gd.id LIKE 'bench-%'
    JOIN "Dataset" sd ON gd.slug LIKE sd.slug || '-synthetic-%' AND sd.id NOT LIKE 'bench-%'
    JOIN "DataPoint" s ON s."versionId" = sd."publishedVersionId" AND s.key = g.key`;
  expect(pairs).toHaveLength(seeded.points * 2);
  for (const p of pairs) {
    const num = (v: string | null) => (v === null ? null : Number(v));
    const [value, low, high, source] = [num(p.value), num(p.low), num(p.high), num(p.source_value)];
    if (low !== null && value !== null) expect(low).toBeLessThanOrEqual(value);
    if (high !== null && value !== null) expect(value).toBeLessThanOrEqual(high);
    if (p.unit === "percent" && value !== null) expect(value).toBeLessThanOrEqual(100);
    if (p.unit === "rank") expect(value).toBe(source);
    else if (value !== null && source !== null && Math.abs(source) >= 100) {
      // ±15 %, plus the rounding of the unit (to $1,000 for salaries).
      expect(Math.abs(value - source)).toBeLessThanOrEqual(Math.abs(source) * 0.15 + 500);
    }
  }

  // The app reads the generated data like any other published data.
  const caller = createCaller(createInnerContext({ db: t.db, session: null }));
  const { charts } = await caller.market.dashboard({
    page: "pay",
    filters: { comp: "all", highlight: [] },
  });
  const google = charts
    .find((c) => c.id === "pay-by-company")
    ?.rows.filter((r) => r.company === "Google");
  expect(google?.length).toBe(3);
});

it("refuses to grow a database twice", async () => {
  await expect(generateScaleData(t.url, 2)).rejects.toThrow(/already holds generated scale data/);
});
