import { describe, expect, it } from "vitest";
import { allocateVesting, vestingPresets } from "../../src/compensation";

describe("allocateVesting", () => {
  it("splits by cumulative rounding so the years add up to the grant", () => {
    // Cumulative 33.33, 66.66, 100 → 33, 67, 100 cents.
    expect(allocateVesting(100, [33.33, 33.33, 33.34])).toEqual([33, 34, 33]);
    // Cumulative 0.25, 0.5 (half up → 1), 0.75 (→ 1), 1.
    expect(allocateVesting(1, [25, 25, 25, 25])).toEqual([0, 1, 0, 0]);
    // Cumulative 2.31 → 2, 4.62 → 5, 6.16 → 6, 7.
    expect(allocateVesting(7, [33, 33, 22, 12])).toEqual([2, 3, 1, 1]);
    expect(allocateVesting(0, [5, 15, 40, 40])).toEqual([0, 0, 0, 0]);
    expect(allocateVesting(999, [100])).toEqual([999]);
  });

  it("refuses schedules that do not add up to 100% and grants that are not whole cents", () => {
    expect(() => allocateVesting(100, [50, 49.99])).toThrow(/adds up to 99.99%/);
    expect(() => allocateVesting(10.5, [100])).toThrow(RangeError);
    expect(() => allocateVesting(-1, [100])).toThrow(RangeError);
  });
});

describe("vestingPresets", () => {
  it("sum to 100% each", () => {
    for (const preset of Object.values(vestingPresets)) {
      expect(preset.yearlyPercents.reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it("keep the cliff preset distinct although its yearly amounts equal even4", () => {
    expect(vestingPresets.even4_cliff.yearlyPercents).toEqual(vestingPresets.even4.yearlyPercents);
    expect(vestingPresets.even4_cliff.cliffYears).toBe(1);
    expect(vestingPresets.even4.cliffYears).toBe(0);
    expect(vestingPresets.even4_cliff.label).not.toBe(vestingPresets.even4.label);
  });
});
