import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousCaller } from "../helpers/users";
import { seedCsv } from "./csv-fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe("openData.vintages", () => {
  it("shows an article's BLS median beside every OEWS release, and which one it quotes", async () => {
    const { articles } = await anonymousCaller(t.db).openData.vintages();
    const cirs = articles.find((a) => a.id === "cirs-median-wage");
    const csv = seedCsv("bls_oews_national_tech_wages").filter((r) => r.soc_code === "15-1221");
    expect(cirs?.stated).toMatchObject({ datasetSlug: "bls-2024", value: 145_080 });
    expect(cirs?.official.map((o) => [o.period.slice(0, 4), o.value])).toEqual(
      csv.map((r) => [r.year, Number(r.annual_wage_median)]),
    );
    const quoted = csv.find((r) => Number(r.annual_wage_median) === 145_080);
    expect(cirs?.nearest).toMatchObject({
      period: `${quoted?.year}-05-01`,
      difference: 0,
      agrees: true,
    });
    const latest = csv.at(-1);
    expect(cirs?.latest).toMatchObject({
      period: `${latest?.year}-05-01`,
      value: Number(latest?.annual_wage_median),
      difference: Number(latest?.annual_wage_median) - 145_080,
      agrees: false,
    });
    expect(cirs?.official[0]?.source.datasetSlug).toBe("bls-oews-national-tech-wages");
  });

  it("sets a quoted projection beside the 2024–34 projections", async () => {
    const { articles } = await anonymousCaller(t.db).openData.vintages();
    const growth = articles.find((a) => a.id === "cirs-projected-growth");
    expect(growth?.stated?.value).toBe(26);
    expect(growth?.official).toEqual([
      expect.objectContaining({ period: "2024-01-01", periodEnd: "2034-01-01", value: 19.7 }),
    ]);
    expect(growth?.latest).toMatchObject({ agrees: false });
    expect(growth?.latest?.difference).toBeCloseTo(-6.3, 9);
  });

  it("lists medians two datasets both publish, with how far apart they are", async () => {
    const { sameMeasure } = await anonymousCaller(t.db).openData.vintages();
    const ds = sameMeasure.find((m) => m.socCode === "15-2051" && m.period === "2024-05-01");
    expect(ds).toMatchObject({
      state: "US",
      spread: 0,
      values: [
        { datasetSlug: "bls-employment-projections-2024-34", value: 112_590 },
        { datasetSlug: "bls-oews-national-tech-wages", value: 112_590 },
      ],
    });
    expect(sameMeasure.every((m) => m.values.length >= 2)).toBe(true);
  });
});
