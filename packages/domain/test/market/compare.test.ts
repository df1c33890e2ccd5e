import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareStated,
  inferApproximateDecimals,
  inferDecimals,
  ratioFromCounts,
  roundingTolerance,
} from "../../src/market";

describe("inferDecimals", () => {
  it("counts the decimal places a figure is written with", () => {
    expect(inferDecimals(3.2)).toBe(1);
    expect(inferDecimals(19.7)).toBe(1);
    expect(inferDecimals(57.75)).toBe(2);
    expect(inferDecimals(0.05)).toBe(2);
    expect(inferDecimals(78_000_000)).toBe(0);
    expect(inferDecimals(905_000)).toBe(0);
    expect(inferDecimals(0)).toBe(0);
    expect(inferDecimals(-3.25)).toBe(2);
    expect(inferDecimals(1e-7)).toBe(7);
  });

  it("matches the written form of any number with a few decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const x = Number((n / 10 ** d).toFixed(d));
        const written = x.toString();
        expect(inferDecimals(x)).toBe(written.includes(".") ? written.split(".")[1]?.length : 0);
      }),
    );
  });
});

describe("roundingTolerance", () => {
  it("is half a unit in the last place", () => {
    expect(roundingTolerance(1)).toBeCloseTo(0.05, 12);
    expect(roundingTolerance(0)).toBe(0.5);
    expect(roundingTolerance(-3)).toBe(500);
    expect(roundingTolerance(-6)).toBe(500_000);
  });
});

describe("compareStated", () => {
  it("flags the guide's 3.2-to-1 ratio against its own counts (3.089) as a discrepancy", () => {
    const c = compareStated(3.2, ratioFromCounts(1_600_000, 518_000));
    expect(c.agrees).toBe(false);
    expect(c.decimals).toBe(1);
    expect(c.difference).toBeCloseTo(-0.111, 3);
    expect(c.differencePercent).toBeCloseTo(-3.47, 2);
  });

  it("accepts 78M against 170M − 92M", () => {
    const c = compareStated(78_000_000, 170_000_000 - 92_000_000);
    expect(c).toMatchObject({ agrees: true, difference: 0, differencePercent: 0 });
  });

  it("agrees with anything within the stated figure's rounding, bounds included: 3.2 ~ [3.15, 3.25]", () => {
    for (const computed of [3.15, 3.17, 3.2, 3.249, 3.25]) {
      expect(compareStated(3.2, computed, { decimals: 1 }).agrees).toBe(true);
    }
    for (const computed of [3.149, 3.251, 3.089, 4]) {
      expect(compareStated(3.2, computed, { decimals: 1 }).agrees).toBe(false);
    }
  });

  it("infers the decimals when not given, and takes them from the options when given", () => {
    expect(compareStated(3.2, 3.24).agrees).toBe(true);
    expect(compareStated(3, 3.24).agrees).toBe(true);
    expect(compareStated(3, 3.24, { decimals: 1 }).agrees).toBe(false);
  });

  it("accepts negative decimals for figures rounded to thousands or millions", () => {
    // "about $26,000" against $196,643 − $170,704 = $25,939
    expect(compareStated(26_000, 25_939, { decimals: -3 }).agrees).toBe(true);
    expect(compareStated(26_000, 25_939).agrees).toBe(false);
    expect(compareStated(78_000_000, 78_400_000, { decimals: -6 }).agrees).toBe(true);
    expect(compareStated(78_000_000, 78_600_000, { decimals: -6 }).agrees).toBe(false);
  });

  it("adds a relative tolerance for figures the source calls approximate (default 0)", () => {
    expect(compareStated(3.2, 3.089).tolerance).toBeCloseTo(0.05, 12);
    const loose = compareStated(3.2, 3.089, { relativeTolerance: 0.05 });
    expect(loose.agrees).toBe(true);
    expect(loose.tolerance).toBeCloseTo(0.05 + 0.16, 12);
    expect(compareStated(3.2, 3.089, { relativeTolerance: 0.01 }).agrees).toBe(false);
  });

  it("compares one way for 'over X' and 'up to X'", () => {
    // "over $900k" against $905,000
    expect(compareStated(900_000, 905_000, { direction: "at-least" }).agrees).toBe(true);
    expect(compareStated(900_000, 880_000, { direction: "at-least" }).agrees).toBe(false);
    expect(compareStated(10, 8, { direction: "at-most" }).agrees).toBe(true);
    expect(compareStated(10, 12, { direction: "at-most" }).agrees).toBe(false);
  });

  it("has no relative difference against a stated 0", () => {
    expect(compareStated(0, 0.2).differencePercent).toBeNull();
  });

  it("rejects non-finite figures, bad decimals and a negative tolerance", () => {
    expect(() => compareStated(Number.NaN, 1)).toThrow("stated figure must be finite");
    expect(() => compareStated(1, Number.POSITIVE_INFINITY)).toThrow(
      "computed figure must be finite",
    );
    expect(() => compareStated(1, 1, { decimals: 1.5 })).toThrow("whole number");
    expect(() => compareStated(1, 1, { relativeTolerance: -0.1 })).toThrow("cannot be negative");
  });

  it("always agrees with the stated figure itself, and its verdict is the tolerance test", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: -6, max: 4 }),
        (stated, computed, decimals) => {
          expect(compareStated(stated, stated, { decimals }).agrees).toBe(true);
          const c = compareStated(stated, computed, { decimals });
          expect(c.difference).toBe(computed - stated);
          if (Math.abs(c.difference) > c.tolerance * 1.000001) expect(c.agrees).toBe(false);
          if (Math.abs(c.difference) < c.tolerance * 0.999999) expect(c.agrees).toBe(true);
        },
      ),
    );
  });
});

describe("approximate stated figures", () => {
  it("take the precision they are written to, trailing zeros included", () => {
    expect(inferApproximateDecimals(120_000)).toBe(-4);
    expect(inferApproximateDecimals(49_200)).toBe(-2);
    expect(inferApproximateDecimals(175_000)).toBe(-3);
    expect(inferApproximateDecimals(3.2)).toBe(1);
    expect(inferApproximateDecimals(29)).toBe(0);
    expect(inferApproximateDecimals(0)).toBe(0);
  });

  it('agree: "around $120,000" against a computed $122,500', () => {
    const c = compareStated(120_000, 122_500, { approximate: true });
    expect(c).toMatchObject({ agrees: true, decimals: -4, tolerance: 5_000 });
  });

  it('disagree: "about 3.2 : 1" against a computed 3.09', () => {
    const c = compareStated(3.2, 3.09, { approximate: true });
    expect(c).toMatchObject({ agrees: false, decimals: 1 });
  });

  it("disagree when the difference is beyond the written precision", () => {
    expect(compareStated(120_000, 126_000, { approximate: true }).agrees).toBe(false);
    expect(compareStated(29, 45.83, { approximate: true }).agrees).toBe(false);
  });

  it("use the coarser of a given precision and the written one", () => {
    expect(compareStated(120_000, 123_000, { approximate: true, decimals: -3 })).toMatchObject({
      agrees: true,
      decimals: -4,
    });
    expect(compareStated(175_000, 176_000, { approximate: true, decimals: -3 }).agrees).toBe(false);
  });

  it("a figure not called approximate keeps its written decimals: exact $120,000 vs $122,500", () => {
    expect(compareStated(120_000, 122_500).agrees).toBe(false);
  });
});
