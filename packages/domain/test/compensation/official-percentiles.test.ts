import { describe, expect, it } from "vitest";
import {
  formatPercentile,
  type OfficialWages,
  placeAmongPercentiles,
} from "../../src/compensation";
import { usd } from "./fixtures";

const wages: OfficialWages = {
  socCode: "15-1252",
  occupationTitle: "Software Developers",
  area: "US",
  year: 2024,
  employment: 1_000_000,
  p10: 80_000,
  p25: 100_000,
  p50: 120_000,
  p75: 150_000,
  p90: null,
  topCoded: ["p90"],
};

describe("placeAmongPercentiles", () => {
  it("interpolates linearly between the neighbouring published percentiles", () => {
    // Halfway from p25 ($100,000) to p50 ($120,000): 25 + 0.5 × 25 = 37.5.
    expect(placeAmongPercentiles(usd(110_000), wages)).toMatchObject({
      ok: true,
      percentile: 37.5,
      position: "between",
      lower: { key: "p25", cents: usd(100_000) },
      upper: { key: "p50", cents: usd(120_000) },
      gapToP75Cents: usd(40_000),
    });
    // A quarter from p10 to p25: 10 + 0.5 × 15 = 17.5 at $90,000.
    expect(placeAmongPercentiles(usd(90_000), wages)).toMatchObject({ percentile: 17.5 });
    expect(placeAmongPercentiles(usd(150_000), wages)).toMatchObject({
      percentile: 75,
      gapToP75Cents: 0,
    });
  });

  it("says below the 10th percentile without inventing a number", () => {
    expect(placeAmongPercentiles(usd(70_000), wages)).toMatchObject({
      percentile: null,
      position: "below_lowest",
      upper: { key: "p10" },
      gapToP75Cents: usd(80_000),
    });
  });

  it("above a top-coded series, it is only at or above the highest published point", () => {
    const placed = placeAmongPercentiles(usd(160_000), wages);
    expect(placed).toMatchObject({
      percentile: null,
      position: "top_coded",
      lower: { key: "p75" },
      topCodedCaveat:
        "BLS does not publish the 90th percentile here: it is at or above the top of its wage bands.",
    });
    const full = { ...wages, p90: 190_000, topCoded: [] };
    expect(placeAmongPercentiles(usd(200_000), full)).toMatchObject({
      position: "above_highest",
      topCodedCaveat: null,
    });
  });

  it("refuses figures with no percentiles or out of order", () => {
    const none = { ...wages, p10: null, p25: null, p50: null, p75: null };
    expect(placeAmongPercentiles(1, none)).toMatchObject({ ok: false });
    expect(placeAmongPercentiles(1, { ...wages, p25: 200_000 })).toEqual({
      ok: false,
      message: "The published percentiles are not in increasing order.",
    });
  });

  it("formats percentiles with their suffix", () => {
    expect(formatPercentile(37.5)).toBe("37.5th");
    expect(formatPercentile(21)).toBe("21st");
    expect(formatPercentile(12)).toBe("12th");
    expect(formatPercentile(52.96)).toBe("53rd");
  });
});
