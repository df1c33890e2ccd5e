import { createCaller, createInnerContext } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcome } from "../helpers/admin-fixtures";
import { mean, seedCsv } from "./csv-fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const anonymous = () => createCaller(createInnerContext({ db: t.db, session: null }));

describe("openData.timeSeries", () => {
  it("returns each observation in the range, sorted by date, with the source and licence", async () => {
    const result = await anonymous().openData.timeSeries({
      dataset: "indeed-postings-us",
      metric: "postings_index",
      filters: { postingsType: "total", seasonalAdjustment: "sa" },
      from: "2020-02-01",
      to: "2020-02-04",
    });
    expect(result.source).toMatchObject({
      datasetSlug: "indeed-postings-us",
      publisher: "Indeed Hiring Lab",
      licenceName: "CC BY 4.0",
      attribution: "Source: Indeed Hiring Lab",
      version: 1,
    });
    expect(result).toMatchObject({ unit: "index", precision: "day", indexBase: "2020-02-01" });
    expect(result.series).toHaveLength(1);
    expect(result.series[0]?.dimensions).toMatchObject({
      state: "US",
      postingsType: "total",
      seasonalAdjustment: "sa",
    });
    expect(result.series[0]?.points.map((p) => [p.period, p.value])).toEqual([
      ["2020-02-01", 100],
      ["2020-02-02", 100.03],
      ["2020-02-03", 100.05],
      ["2020-02-04", 100.09],
    ]);
  });

  it("averages by month in SQL, matching the mean of the CSV's daily rows", async () => {
    const rows = seedCsv("us_postings_index").filter(
      (r) => r.postings_type === "new" && r.date?.startsWith("2023-"),
    );
    const result = await anonymous().openData.timeSeries({
      dataset: "indeed-postings-us",
      metric: "postings_index",
      filters: { postingsType: "new", seasonalAdjustment: "nsa" },
      from: "2023-01-01",
      to: "2023-12-31",
      bucket: "month",
    });
    const points = result.series[0]?.points ?? [];
    expect(points).toHaveLength(12);
    for (const point of points) {
      const month = rows.filter((r) => r.date?.startsWith(point.period.slice(0, 7)));
      const values = month.map((r) => Number(r.index_nsa));
      expect(point.n, point.period).toBe(month.length);
      expect(point.value, point.period).toBeCloseTo(mean(values), 9);
      expect(point.min).toBe(Math.min(...values));
      expect(point.max).toBe(Math.max(...values));
    }
  });

  it("buckets a long daily series into at most maxPoints, every observation counted once", async () => {
    const rows = seedCsv("us_postings_index").filter((r) => r.postings_type === "total");
    const result = await anonymous().openData.timeSeries({
      dataset: "indeed-postings-us",
      metric: "postings_index",
      filters: { postingsType: "total", seasonalAdjustment: "sa" },
      maxPoints: 50,
    });
    const points = result.series[0]?.points ?? [];
    expect(points.length).toBeLessThanOrEqual(50);
    expect(points.length).toBeGreaterThan(40);
    expect(points.reduce((n, p) => n + p.n, 0)).toBe(rows.length);
    const peak = Math.max(...rows.map((r) => Number(r.index_sa)));
    expect(Math.max(...points.map((p) => p.max))).toBe(peak);
    for (const p of points) {
      expect(p.min).toBeLessThanOrEqual(p.value);
      expect(p.value).toBeLessThanOrEqual(p.max);
      expect(p.periodEnd && p.periodEnd >= p.period).toBe(true);
    }
  });

  it("reads the sector file as its own metric, with the days behind each monthly mean", async () => {
    const result = await anonymous().openData.timeSeries({
      dataset: "indeed-postings-us-sectors-2024-10",
      metric: "sector_postings_index",
      filters: { sector: "Software Development" },
      from: "2022-03-01",
      to: "2022-03-31",
    });
    expect(result.countMeaning).toBe("days averaged");
    expect(result.series[0]?.points).toEqual([
      { period: "2022-03-01", periodEnd: null, value: 225.76, min: 225.76, max: 225.76, n: 1 },
    ]);
    // The current-method postings dataset has no such metric: the two are never mixed.
    expect(
      await outcome(
        anonymous().openData.timeSeries({
          dataset: "indeed-postings-us",
          metric: "sector_postings_index",
        }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("returns the SOC breaks that touch the series drawn", async () => {
    const result = await anonymous().openData.timeSeries({
      dataset: "bls-oews-national-tech-wages",
      metric: "annual_wage",
      statistic: "p50",
      filters: { socCode: ["15-1132", "15-1256", "15-1252"] },
    });
    expect(result.series.map((s) => [s.dimensions.socCode, s.points.length])).toEqual([
      ["15-1132", 5],
      ["15-1252", 4],
      ["15-1256", 2],
    ]);
    expect(result.breaks.map((b) => [b.at, b.fromCodes, b.toCodes])).toEqual([
      ["2019-05-01", ["15-1132", "15-1133"], ["15-1256"]],
      ["2021-05-01", ["15-1256"], ["15-1252", "15-1253"]],
    ]);
  });

  it("answers 404 for an unknown dataset or metric and 400 for bad input", async () => {
    expect(
      await outcome(anonymous().openData.timeSeries({ dataset: "no-such", metric: "x" })),
    ).toBe("NOT_FOUND");
    // An article dataset is not open data.
    expect(
      await outcome(
        anonymous().openData.timeSeries({ dataset: "levels-fyi-ml-engineers-2025", metric: "x" }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await outcome(
        anonymous().openData.timeSeries({
          dataset: "indeed-postings-us",
          metric: "postings_index",
          from: "2024-02-30",
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await outcome(
        anonymous().openData.timeSeries({
          dataset: "indeed-postings-us",
          metric: "postings_index",
          from: "2024-02-01",
          to: "2024-01-01",
        }),
      ),
    ).toBe("BAD_REQUEST");
  });
});

describe("openData.distribution", () => {
  it("gives percentiles, mean and employment over time, top-coded values flagged", async () => {
    const result = await anonymous().openData.distribution({
      dataset: "bls-oews-national-tech-wages",
      metric: "annual_wage",
      socCode: "11-3021",
    });
    expect(result?.countMeaning).toMatch(/^employment/);
    expect(result?.points).toHaveLength(11);
    const first = result?.points[0];
    expect(first).toEqual({
      period: "2014-05-01",
      mean: 136280,
      p10: 78470,
      p25: 99320,
      p50: 127640,
      p75: 161520,
      p90: null,
      count: 330360,
      flags: ["a_pct90>=top_code"],
    });
  });

  it("starts Data Scientists in May 2021 and reports the split that created the code", async () => {
    const result = await anonymous().openData.distribution({
      dataset: "bls-oews-national-tech-wages",
      metric: "annual_wage",
      socCode: "15-2051",
    });
    expect(result?.points.map((p) => p.period)).toEqual([
      "2021-05-01",
      "2022-05-01",
      "2023-05-01",
      "2024-05-01",
    ]);
    expect(result?.points.at(-1)?.p50).toBe(112590);
    expect(result?.breaks).toHaveLength(1);
    expect(result?.breaks[0]).toMatchObject({ at: "2021-05-01", fromCodes: ["15-2098"] });
  });

  it("is null for a series the dataset does not have", async () => {
    expect(
      await anonymous().openData.distribution({
        dataset: "bls-oews-national-tech-wages",
        metric: "annual_wage",
        socCode: "15-2051",
        state: "CA",
      }),
    ).toBeNull();
  });
});

describe("openData.latestByState", () => {
  it("gives each state's latest value on or before the date", async () => {
    const csv = seedCsv("us_state_postings_index");
    const result = await anonymous().openData.latestByState({
      dataset: "indeed-postings-us-states",
      metric: "postings_index",
      at: "2026-08-10",
    });
    expect(result.rows).toHaveLength(51);
    // Each state's index is 100 at the series' base period, which the map's labels name.
    expect(result.indexBase).toBe("2020-02-01");
    const byState = Object.fromEntries(result.rows.map((r) => [r.state, r]));
    expect(byState.CA).toMatchObject({ period: "2026-08-07", value: 85.07 });
    const wy = csv.find((r) => r.state === "WY" && r.date === "2026-08-07");
    expect(byState.WY?.value).toBe(Number(wy?.index_sa));

    const latest = await anonymous().openData.latestByState({
      dataset: "indeed-postings-us-states",
      metric: "postings_index",
    });
    expect(latest.at).toBe("2026-08-14");
    expect(latest.rows.find((r) => r.state === "WY")).toMatchObject({ value: 120.35 });
  });

  it("maps an OEWS state statistic with its employment", async () => {
    const result = await anonymous().openData.latestByState({
      dataset: "bls-oews-state-tech-wages-2023",
      metric: "annual_wage",
      filters: { socCode: "15-2051" },
      statistic: "p50",
    });
    expect(result.indexBase).toBeNull();
    const ca = result.rows.find((r) => r.state === "CA");
    expect(ca).toMatchObject({ period: "2023-05-01", value: 133690, count: 33220 });
    const al = result.rows.find((r) => r.state === "AL");
    expect(al).toMatchObject({ value: 100560, count: 1120 });
  });
});

describe("lookups", () => {
  it("fxRate: the annual average units per dollar and its method", async () => {
    const eur = await anonymous().openData.fxRate({ currency: "EUR", year: 2023 });
    expect(eur).toMatchObject({ unitsPerUsd: 0.9245, method: "fred_annual" });
    expect(eur?.source.licenceName).toBe("PDDL 1.0");
    const gbp = await anonymous().openData.fxRate({ currency: "GBP", year: 2023 });
    expect(gbp).toMatchObject({ unitsPerUsd: 0.804, method: "mean_of_monthly" });
    expect(await anonymous().openData.fxRate({ currency: "XYZ", year: 2023 })).toBeNull();
  });

  it("priceParity: a state's parities in a year, US = 100", async () => {
    const ca = await anonymous().openData.priceParity({ state: "CA", year: 2023 });
    expect(ca).toMatchObject({ stateName: "California", allItems: 112.581 });
    const us = await anonymous().openData.priceParity({ state: "US", year: 2023 });
    expect(us?.allItems).toBe(100);
    expect(await anonymous().openData.priceParity({ state: "CA", year: 1990 })).toBeNull();
  });

  it("oewsWages: national and state percentiles, top-coding named", async () => {
    const ca = await anonymous().openData.oewsWages({
      socCode: "15-2051",
      state: "CA",
      year: 2023,
    });
    expect(ca).toMatchObject({ employment: 33220, mean: 140490, p50: 133690, topCoded: [] });
    expect(ca?.source.datasetSlug).toBe("bls-oews-state-tech-wages-2023");
    const us = await anonymous().openData.oewsWages({ socCode: "11-3021", year: 2014 });
    expect(us).toMatchObject({ p90: null, topCoded: ["p90"], hourlyMean: 65.52 });
    expect(us?.source.datasetSlug).toBe("bls-oews-national-tech-wages");
    const ds = await anonymous().openData.oewsWages({ socCode: "15-2051", year: 2024 });
    expect(ds?.p50).toBe(112590);
    expect(await anonymous().openData.oewsWages({ socCode: "15-2051", year: 2019 })).toBeNull();
  });

  it("projections: employment 2024 and 2034, change and openings per SOC code", async () => {
    const result = await anonymous().openData.projections({ socCodes: ["15-2051", "15-1252"] });
    expect(result).toMatchObject({ baseYear: 2024, targetYear: 2034 });
    expect(result?.rows).toEqual([
      expect.objectContaining({
        socCode: "15-1252",
        employmentBase: 1693.8,
        employmentTarget: 1961.4,
        changePercent: 15.8,
        medianWage: 133080,
      }),
      expect.objectContaining({
        socCode: "15-2051",
        occupation: "Data scientists",
        employmentBase: 245.9,
        employmentTarget: 328.3,
        change: 82.5,
        changePercent: 33.5,
        annualOpenings: 23.4,
        selfEmployedPercent: 1.8,
        medianWage: 112590,
        entryEducation: "Bachelor's degree",
        rowType: "line_item",
      }),
    ]);
    const all = await anonymous().openData.projections();
    expect(all?.rows).toHaveLength(31);
  });
});

describe("openData.dimensions", () => {
  it("lists a dataset's metrics with their range and the values of each dimension", async () => {
    const result = await anonymous().openData.dimensions({
      dataset: "bls-oews-state-tech-wages-2023",
    });
    expect(result.metrics.map((m) => m.metric)).toEqual([
      "annual_wage",
      "hourly_wage",
      "location_quotient",
    ]);
    expect(result.metrics[0]).toMatchObject({ first: "2023-05-01", last: "2023-05-01" });
    expect(result.values.state).toContainEqual({ value: "CA", label: "California" });
    expect(result.values.socCode).toContainEqual({ value: "15-2051", label: "Data Scientists" });
    expect(result.values.currency).toEqual([]);
  });
});
