import { describe, expect, it } from "vitest";
import {
  adjustForPriceParity,
  compoundGrowthPath,
  downsampleLttb,
  periodStart,
  projectFromHistory,
} from "../../src";

describe("compound growth", () => {
  it("draws no path from a zero start", () => {
    expect(compoundGrowthPath({ year: 2025, value: 0 }, { year: 2027, value: 121 })).toEqual([]);
  });
  it("interpolates one computed point a year between two stated ends", () => {
    const path = compoundGrowthPath({ year: 2025, value: 100 }, { year: 2027, value: 121 });
    expect(path).toHaveLength(3);
    expect(path[0]).toEqual({ year: 2025, value: 100, computed: false });
    expect(path[1]?.value).toBeCloseTo(110, 9);
    expect(path[1]?.computed).toBe(true);
    expect(path[2]).toEqual({ year: 2027, value: 121, computed: false });
  });
});

describe("projectFromHistory", () => {
  const history = [
    { year: 2020, value: 100 },
    { year: 2021, value: 110 },
    { year: 2022, value: 121 },
    { year: 2023, value: 121 },
    { year: 2024, value: 146.41 },
  ];
  it("continues the history's compound growth with the slowest and fastest windows as a band", () => {
    const model = projectFromHistory(history, 2026, { window: 2 });
    expect(model).not.toBeNull();
    if (!model) return;
    // 100 → 146.41 over four years: 10% a year.
    expect(model.rate).toBeCloseTo(0.1, 9);
    // Two-year windows: 2020→22 10%, 2021→23 4.88%, 2022→24 10%.
    expect(model.lowRate).toBeCloseTo(Math.sqrt(1.1) - 1, 9);
    expect(model.highRate).toBeCloseTo(0.1, 9);
    expect(model.points.map((p) => p.year)).toEqual([2024, 2025, 2026]);
    expect(model.points[0]).toEqual({ year: 2024, value: 146.41, low: 146.41, high: 146.41 });
    expect(model.points[2]?.value).toBeCloseTo(146.41 * 1.21, 9);
    expect(model.points[2]?.low).toBeCloseTo(146.41 * 1.1, 9);
  });
  it("fits only after a series break, and says so", () => {
    const model = projectFromHistory(history, 2025, { breakYear: 2022 });
    expect(model?.fittedFrom).toBe(2022);
    expect(model?.breakYear).toBe(2022);
    // 121 → 146.41 over two years: 10% a year.
    expect(model?.rate).toBeCloseTo(0.1, 9);
  });
  it("needs two years of history", () => {
    expect(projectFromHistory([{ year: 2024, value: 1 }], 2030)).toBeNull();
  });
});

describe("downsampleLttb", () => {
  it("keeps the ends and the peak of a long series", () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({ value: i === 500 ? 100 : 1 }));
    const sampled = downsampleLttb(points, 20);
    expect(sampled).toHaveLength(20);
    expect(sampled[0]).toBe(points[0]);
    expect(sampled[19]).toBe(points[999]);
    expect(sampled.some((p) => p.value === 100)).toBe(true);
  });
  it("returns a short series as it is", () => {
    const points = [{ value: 1 }, { value: 2 }];
    expect(downsampleLttb(points, 10)).toEqual(points);
  });
});

describe("adjustForPriceParity", () => {
  it("expresses a wage in national-average prices", () => {
    expect(adjustForPriceParity(120_000, 120)).toBe(100_000);
    expect(adjustForPriceParity(90_000, 90)).toBe(100_000);
    expect(() => adjustForPriceParity(1, 0)).toThrow(RangeError);
  });
});

describe("periodStart", () => {
  it("counts back from the latest date", () => {
    expect(periodStart("2025-11-30", "1y")).toBe("2024-11-30");
    expect(periodStart("2025-11-30", "3y")).toBe("2022-11-30");
    expect(periodStart("2025-11-30", "all")).toBeNull();
  });
});
