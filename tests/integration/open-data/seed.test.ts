import fs from "node:fs";
import path from "node:path";
import { Prisma } from "@aiml/db";
import { openDataSeedDir } from "@aiml/db/open-data";
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

const filled = (record: Record<string, string>, columns: string[]) =>
  columns.some((c) => (record[c] ?? "").trim() !== "");

/**
 * Per seed folder: its slug, the dimensions that identify one CSV row, and the observations
 * the file holds (one per group of columns with any cell filled), counted from the CSV here.
 */
const expectations: Record<
  string,
  { slug: string; rowIdentity: string; observationColumns: string[][] }
> = {
  us_postings_index: {
    slug: "indeed-postings-us",
    rowIdentity: `s."postingsType", o.period`,
    observationColumns: [["index_sa"], ["index_nsa"]],
  },
  us_state_postings_index: {
    slug: "indeed-postings-us-states",
    rowIdentity: "s.state, o.period",
    observationColumns: [["index_sa"]],
  },
  us_sector_postings_index: {
    slug: "indeed-postings-us-sectors-2024-10",
    rowIdentity: "s.sector, o.period",
    observationColumns: [["index_sa_monthly_mean", "days_in_mean"]],
  },
  bls_oews_national_tech_wages: {
    slug: "bls-oews-national-tech-wages",
    rowIdentity: `s."socCode", o.period`,
    observationColumns: [
      [
        "employment",
        "annual_mean_wage",
        "annual_wage_p10",
        "annual_wage_p25",
        "annual_wage_median",
        "annual_wage_p75",
        "annual_wage_p90",
        "flags",
      ],
      ["hourly_mean_wage", "hourly_median_wage"],
    ],
  },
  bls_oews_state_tech_wages_2023: {
    slug: "bls-oews-state-tech-wages-2023",
    rowIdentity: `s.state, s."socCode", o.period`,
    observationColumns: [
      [
        "employment",
        "annual_mean_wage",
        "annual_wage_p10",
        "annual_wage_p25",
        "annual_wage_median",
        "annual_wage_p75",
        "annual_wage_p90",
        "flags",
      ],
      ["hourly_mean_wage"],
      ["location_quotient"],
    ],
  },
  bls_employment_projections_2024_34: {
    slug: "bls-employment-projections-2024-34",
    rowIdentity: `s."socCode"`,
    observationColumns: [
      ["employment_2024_thousands"],
      ["employment_2034_thousands"],
      ["employment_change_thousands"],
      ["employment_change_percent"],
      ["percent_self_employed_2024"],
      ["annual_openings_thousands"],
      ["median_annual_wage_2024_usd"],
    ],
  },
  bea_rpp_state: {
    slug: "bea-rpp-states",
    rowIdentity: "s.state, o.period",
    observationColumns: [
      ["rpp_all_items"],
      ["rpp_goods"],
      ["rpp_housing"],
      ["rpp_utilities"],
      ["rpp_other_services"],
    ],
  },
  fx_annual_usd: {
    slug: "fed-fx-annual-usd",
    rowIdentity: "s.currency, o.period",
    observationColumns: [["units_per_usd"], ["usd_per_unit"]],
  },
};

async function publishedCounts(slug: string, rowIdentity: string) {
  const [row] = await t.db.$queryRaw<{ observations: number; rows: number }[]>`
    SELECT count(*)::int AS observations,
      count(DISTINCT (${Prisma.raw(rowIdentity)}))::int AS rows
    FROM "Dataset" d
    JOIN "VersionSeries" vs ON vs."versionId" = d."publishedVersionId"
    JOIN "ObservationSeries" s ON s.id = vs."seriesId"
    JOIN "ObservationBlock" b ON b."seriesId" = s.id
    CROSS JOIN LATERAL unnest(b.periods) AS o(period)
    WHERE d.slug = ${slug}`;
  return row;
}

describe("open-data seed", () => {
  it("has one folder per dataset, each with its data.csv, SOURCE.md and dataset.json", () => {
    const folders = fs
      .readdirSync(openDataSeedDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(Object.keys(expectations).sort());
    for (const folder of folders) {
      for (const file of ["data.csv", "SOURCE.md", "dataset.json"]) {
        expect(fs.existsSync(path.join(openDataSeedDir, folder, file)), `${folder}/${file}`).toBe(
          true,
        );
      }
    }
  });

  for (const [folder, expected] of Object.entries(expectations)) {
    it(`${expected.slug}: every CSV row and observation of ${folder}/data.csv, with its licence`, async () => {
      const csv = seedCsv(folder);
      // A row with every cell empty (a suppressed BLS row) is kept as one empty observation.
      const observations = csv.reduce(
        (n, record) =>
          n +
          Math.max(
            1,
            expected.observationColumns.filter((columns) => filled(record, columns)).length,
          ),
        0,
      );
      expect(await publishedCounts(expected.slug, expected.rowIdentity)).toEqual({
        observations,
        rows: csv.length,
      });

      const dataset = await t.db.dataset.findUniqueOrThrow({
        where: { slug: expected.slug },
        include: { publishedVersion: true },
      });
      expect(dataset.licenceName).toBeTruthy();
      expect(dataset.licenceUrl).toMatch(/^https:\/\//);
      expect(dataset.attribution).toMatch(/^Source: /);
      expect(dataset.methodology?.length).toBeGreaterThan(200);
      expect(dataset.importFormat).toBeTruthy();
      expect(dataset.publishedVersion).toMatchObject({ number: 1, status: "published" });
      const audit = await t.db.auditLog.findFirstOrThrow({
        where: { datasetId: dataset.id, action: "dataset.seed" },
      });
      expect(audit.after).toMatchObject({ version: 1, observations, sourceRows: csv.length });
    });
  }

  it("credits Indeed under CC BY 4.0 and the federal sources as public domain", async () => {
    const indeed = await t.db.dataset.findUniqueOrThrow({ where: { slug: "indeed-postings-us" } });
    expect(indeed).toMatchObject({
      licenceName: "CC BY 4.0",
      licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
      attribution: "Source: Indeed Hiring Lab",
    });
    const bls = await t.db.dataset.findUniqueOrThrow({
      where: { slug: "bls-oews-national-tech-wages" },
    });
    expect(bls.licenceName).toMatch(/public domain/i);
    expect(bls.methodology).toMatch(/2019/);
    expect(bls.methodology).toMatch(/2021/);
    expect(bls.methodology).toMatch(/top/);
    const states = await t.db.dataset.findUniqueOrThrow({
      where: { slug: "indeed-postings-us-states" },
    });
    expect(states.methodology).toMatch(/one day a week/);
    const sectors = await t.db.dataset.findUniqueOrThrow({
      where: { slug: "indeed-postings-us-sectors-2024-10" },
    });
    expect(sectors.methodology).toMatch(/never plot or compare/);
  });

  it("lists the open datasets on the sources page with their licence and credit line", async () => {
    const sources = await anonymousCaller(t.db).market.sources({ dataset: "indeed-postings-us" });
    expect(sources.datasets.find((d) => d.slug === "indeed-postings-us")).toMatchObject({
      licenceName: "CC BY 4.0",
      licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
      attribution: "Source: Indeed Hiring Lab",
      version: 1,
    });
  });

  it("records the SOC code changes of 2019 and 2021 as series breaks", async () => {
    const breaks = await t.db.seriesBreak.findMany({
      where: { dataset: { slug: "bls-oews-national-tech-wages" } },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(breaks.map((b) => b.at.toISOString().slice(0, 7))).toEqual([
      ...Array(11).fill("2019-05"),
      ...Array(4).fill("2021-05"),
    ]);
    expect(breaks.find((b) => b.toCodes.includes("15-2051"))?.fromCodes).toEqual(["15-2098"]);
  });

  it("stores observations in blocks: a month of a daily series, a decade of a yearly one", async () => {
    const blocks = await t.db.$queryRaw<{ slug: string; blocks: number; observations: number }[]>`
      SELECT d.slug, count(*)::int AS blocks, sum(cardinality(b.periods))::int AS observations
      FROM "Dataset" d
      JOIN "VersionSeries" vs ON vs."versionId" = d."publishedVersionId"
      JOIN "ObservationBlock" b ON b."seriesId" = vs."seriesId"
      WHERE d.slug IN ('indeed-postings-us', 'fed-fx-annual-usd')
      GROUP BY d.slug ORDER BY d.slug`;
    // 4 daily series over Feb 2020 – Aug 2026 (79 months); 18 yearly series over 2000–2025.
    expect(blocks).toEqual([
      { slug: "fed-fx-annual-usd", blocks: 18 * 3, observations: 468 },
      { slug: "indeed-postings-us", blocks: 4 * 79, observations: 9548 },
    ]);
  });
});
