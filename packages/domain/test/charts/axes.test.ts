import { describe, expect, it } from "vitest";
import {
  formatChartValue,
  formatTick,
  formatTileValue,
  timeAxis,
  valueAxis,
  yearAxis,
} from "../../src";

describe("formatTick", () => {
  it("writes currency ticks in thousands and millions", () => {
    expect(formatTick(120_000, "usd_per_year")).toBe("$120k");
    expect(formatTick(0, "usd_per_year")).toBe("$0");
    expect(formatTick(1_500_000, "usd")).toBe("$1.5M");
    expect(formatTick(2_500, "usd")).toBe("$2.5k");
    expect(formatTick(503_400_000_000, "usd")).toBe("$503.4B");
    expect(formatTick(-20_000, "usd_per_year")).toBe("-$20k");
  });
  it("writes percentages, counts, ratios and indices", () => {
    expect(formatTick(26, "percent_change")).toBe("26%");
    expect(formatTick(12.5, "percent")).toBe("12.5%");
    expect(formatTick(1_600_000, "count")).toBe("1.6M");
    expect(formatTick(518_000, "count")).toBe("518k");
    expect(formatTick(800, "count")).toBe("800");
    expect(formatTick(3.5, "ratio")).toBe("3.5");
    expect(formatTick(105, "index")).toBe("105");
  });
});

describe("valueAxis", () => {
  it("starts at zero and rounds the top up to a nice tick", () => {
    const axis = valueAxis([199_000, 743_000], "usd_per_year");
    expect(axis.domain).toEqual([0, 800_000]);
    expect(axis.ticks.map((t) => t.label)).toEqual(["$0", "$200k", "$400k", "$600k", "$800k"]);
    expect(axis.position(400_000)).toBe(0.5);
    expect(axis.ticks[4]?.at).toBe(1);
  });
  it("zooms in on an index when asked not to include zero", () => {
    const axis = valueAxis([92, 131], "index", { includeZero: false });
    // 39 points over five ticks: steps of 10.
    expect(axis.domain).toEqual([90, 140]);
    expect(axis.ticks.map((t) => t.value)).toEqual([90, 100, 110, 120, 130, 140]);
    expect(axis.position(90)).toBe(0);
  });
  it("leaves room past the top for an open-ended bar", () => {
    const axis = valueAxis([0, 100], "percent", { headroom: 0.2 });
    expect(axis.domain).toEqual([0, 120]);
  });
  it("gives a single value and no values a usable axis", () => {
    expect(valueAxis([26], "percent_change").domain).toEqual([0, 30]);
    expect(valueAxis([], "count").domain).toEqual([0, 1]);
    expect(valueAxis([-10, 30], "percent_change").domain).toEqual([-10, 30]);
  });
  it("clamps positions to the axis", () => {
    const axis = valueAxis([0, 10], "count");
    expect(axis.position(20)).toBe(1);
    expect(axis.position(-5)).toBe(0);
  });
});

describe("timeAxis and yearAxis", () => {
  it("puts year ticks on a multi-year daily series", () => {
    const axis = timeAxis("2020-02-01", "2024-12-31");
    expect(axis.ticks.map((t) => t.label)).toEqual(["2021", "2022", "2023", "2024"]);
    expect(axis.position("2020-02-01")).toBe(0);
    expect(axis.position("2024-12-31")).toBe(1);
  });
  it("puts month ticks on a short span", () => {
    const axis = timeAxis("2025-01-01", "2025-06-30");
    expect(axis.ticks[0]?.label).toBe("Jan 2025");
    expect(axis.ticks.map((t) => t.label)).toContain("Apr 2025");
  });
  it("steps a year axis so the labels fit", () => {
    expect(yearAxis(2014, 2034).ticks.map((t) => t.label)).toEqual([
      "2015",
      "2020",
      "2025",
      "2030",
    ]);
    expect(yearAxis(2025, 2030).ticks.map((t) => t.label)).toEqual([
      "2025",
      "2026",
      "2027",
      "2028",
      "2029",
      "2030",
    ]);
    expect(yearAxis(2014, 2034).position("2024-01-01")).toBe(0.5);
  });
});

describe("open-data units", () => {
  it("writes hourly wages, thousands and parities", () => {
    expect(formatTick(45.5, "usd_per_hour")).toBe("$45.5");
    expect(formatTick(245.9, "count_thousands")).toBe("245.9k");
    expect(formatTick(1_500, "count_thousands")).toBe("1.5M");
    expect(formatTick(104.2, "price_parity")).toBe("104.2");
  });
});

describe("formatChartValue", () => {
  it("writes values exactly for tips and tables", () => {
    expect(formatChartValue(132_450, "usd_per_year")).toBe("$132,450");
    expect(formatChartValue(45.5, "usd_per_hour")).toBe("$45.50");
    expect(formatChartValue(104.234, "index")).toBe("104.23");
    expect(formatChartValue(245.9, "count_thousands")).toBe("245,900");
    expect(formatChartValue(3.1, "percent_change")).toBe("3.1%");
  });
});

describe("formatTileValue: a map tile's room on a phone", () => {
  it("keeps at most three digits, with the unit's sign", () => {
    expect(formatTileValue(148_870, "usd_per_year")).toBe("$149k");
    expect(formatTileValue(97_250, "usd_per_year")).toBe("$97k");
    expect(formatTileValue(5_430, "usd")).toBe("$5.4k");
    expect(formatTileValue(1_234_567, "usd")).toBe("$1.2M");
    expect(formatTileValue(62.4, "usd_per_hour")).toBe("$62");
    expect(formatTileValue(127.35, "index")).toBe("127");
    expect(formatTileValue(33.2, "count_thousands")).toBe("33k");
    expect(formatTileValue(-4.6, "percent_change")).toBe("-5%");
    expect(formatTileValue(104.6, "price_parity")).toBe("105");
  });
});
