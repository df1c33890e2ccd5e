import { describe, expect, it } from "vitest";
import {
  computeScenario,
  defaultScenarioInputs,
  modelledValue,
  type ScenarioInputsDraft,
} from "../../src/compensation";
import { recruiterOffer, usd } from "./fixtures";

const simple: ScenarioInputsDraft = { name: "Simple", baseSalaryCents: usd(100_000) };

describe("computeScenario: cash", () => {
  it("applies raises to the salary actually paid, rounding each year to the cent", () => {
    const result = computeScenario({ ...simple, annualRaisePercent: 3 });
    expect(result.years.map((y) => y.base)).toEqual([
      usd(100_000),
      usd(103_000),
      usd(106_090),
      usd(109_272.7),
    ]);
    // 10,001 cents + 2.5% = 10,251.025 → 10,251; + 2.5% = 10,507.275 → 10,507.
    const odd = computeScenario({ ...simple, baseSalaryCents: 10_001, annualRaisePercent: 2.5 });
    expect(odd.years.slice(0, 3).map((y) => y.base)).toEqual([10_001, 10_251, 10_507]);
  });

  it("pays the bonus as base × target × payout, rounding half a cent up", () => {
    const result = computeScenario({
      ...simple,
      targetBonusPercent: 20,
      bonusPayoutPercent: 150,
    });
    expect(result.years[0]?.bonus).toBe(usd(30_000));
    expect(
      computeScenario({ ...simple, baseSalaryCents: 3, targetBonusPercent: 50 }).years[0]?.bonus,
    ).toBe(2);
    expect(
      computeScenario({ ...simple, baseSalaryCents: 5, targetBonusPercent: 10 }).years[0]?.bonus,
    ).toBe(1);
    expect(
      computeScenario({ ...simple, baseSalaryCents: 4, targetBonusPercent: 10 }).years[0]?.bonus,
    ).toBe(0);
  });

  it("follows the raise with the bonus", () => {
    const result = computeScenario({ ...simple, annualRaisePercent: 10, targetBonusPercent: 10 });
    expect(result.years.map((y) => y.bonus)).toEqual([
      usd(10_000),
      usd(11_000),
      usd(12_100),
      usd(13_310),
    ]);
  });

  it("splits a signing bonus 50/50 with the odd cent in year 1", () => {
    const result = computeScenario({
      ...simple,
      signingBonusCents: 100_001,
      signingSchedule: "split",
    });
    expect(result.years.map((y) => y.signing)).toEqual([50_001, 50_000, 0, 0]);
    expect(result.totals.signing).toBe(100_001);
    expect(result.year1Cash).toBe(usd(100_000) + 50_001);
  });

  it("reports the half of a split signing bonus that falls after a 1-year horizon", () => {
    const result = computeScenario({
      ...simple,
      signingBonusCents: usd(50_000),
      signingSchedule: "split",
      horizonYears: 1,
    });
    expect(result.totals.signing).toBe(usd(25_000));
    expect(result.signingAfterHorizon).toBe(usd(25_000));
  });
});

describe("computeScenario: equity", () => {
  const grant = { ...simple, equityGrantCents: usd(400_000) };

  it("vests the preset schedules year by year", () => {
    const yearly = (vestingSchedule: ScenarioInputsDraft["vestingSchedule"]) =>
      computeScenario({ ...grant, vestingSchedule }).years.map((y) => y.equity);
    expect(yearly("even4")).toEqual([usd(100_000), usd(100_000), usd(100_000), usd(100_000)]);
    expect(yearly("even4_cliff")).toEqual(yearly("even4"));
    expect(yearly("backloaded")).toEqual([usd(20_000), usd(60_000), usd(160_000), usd(160_000)]);
    expect(yearly("frontloaded")).toEqual([usd(132_000), usd(132_000), usd(88_000), usd(48_000)]);
  });

  it("leaves what vests after the horizon unvested, at grant value", () => {
    const result = computeScenario({ ...grant, vestingSchedule: "backloaded", horizonYears: 2 });
    expect(result.equityVestedAtGrantValue).toBe(usd(80_000));
    expect(result.unvestedEquityAtGrantValue).toBe(usd(320_000));
  });

  it("counts nothing for a bust, while still showing what was granted", () => {
    const result = computeScenario({
      ...grant,
      refresherGrantCents: usd(50_000),
      equityPath: "bust",
    });
    expect(result.years.map((y) => y.equity)).toEqual([0, 0, 0, 0]);
    expect(result.equityVestedAtModelledValue).toBe(0);
    expect(result.equityVestedAtGrantValue).toBe(usd(400_000 + 50_000 * (0.75 + 0.5 + 0.25)));
    expect(result.totalOverHorizon).toBe(result.totals.cash);
  });

  it("doubles by the horizon: 2^(year/horizon), exactly twice the grant-date value at the end", () => {
    const result = computeScenario({
      ...simple,
      equityGrantCents: usd(2_000_000),
      vestingSchedule: "even4",
      equityPath: "double",
    });
    // 500,000.00 × 2^(1/4) = 594,603.557501… ; × 2^(3/4) = 840,896.415253… (half a cent up)
    expect(result.years.map((y) => y.equity)).toEqual([
      59_460_356, 70_710_678, 84_089_642, 100_000_000,
    ]);
    expect(result.years[3]?.priceMultiplier).toBe(2);
    expect(result.years[0]?.priceMultiplier).toBeCloseTo(1.189207115, 9);
  });

  it("grows a custom path by (1 + g)^years since each grant", () => {
    const result = computeScenario({
      ...simple,
      equityGrantCents: usd(100_000),
      refresherGrantCents: usd(100_000),
      vestingSchedule: "custom",
      customVestingPercents: [50, 50],
      equityPath: "custom",
      equityGrowthPercent: 10,
      horizonYears: 3,
    });
    // Initial grant: 50,000 × 1.1 and 50,000 × 1.21.
    expect(result.years.map((y) => y.equityFromInitialGrant)).toEqual([
      usd(55_000),
      usd(60_500),
      0,
    ]);
    // Refresher granted at the start of year 2 grows from then: ×1.1 in year 2 (not ×1.21);
    // year 3 adds the year-3 refresher's first half.
    expect(result.years.map((y) => y.equityFromRefreshers)).toEqual([
      0,
      usd(55_000),
      usd(60_500 + 55_000),
    ]);
    expect(result.unvestedEquityAtGrantValue).toBe(usd(50_000));
  });

  it("treats −100% growth as a bust and 0% growth as flat", () => {
    const base = { ...grant, refresherGrantCents: usd(10_000), equityPath: "custom" as const };
    const wipedOut = computeScenario({ ...base, equityGrowthPercent: -100 });
    expect(wipedOut.totals.equity).toBe(0);
    const unchanged = computeScenario({ ...base, equityGrowthPercent: 0 });
    expect(unchanged.years).toEqual(computeScenario({ ...base, equityPath: "flat" }).years);
  });

  it("grants a refresher at the start of each year from year 2, on the same schedule", () => {
    const result = computeScenario({
      ...simple,
      refresherGrantCents: usd(40_000),
      vestingSchedule: "even4",
    });
    expect(result.years.map((y) => y.equityFromRefreshers)).toEqual([
      0,
      usd(10_000),
      usd(20_000),
      usd(30_000),
    ]);
    expect(result.unvestedEquityAtGrantValue).toBe(usd(3 * 40_000 - 60_000));
  });
});

describe("computeScenario: validation", () => {
  it("applies defaults and computes the default scenario", () => {
    const result = computeScenario(defaultScenarioInputs);
    expect(result.horizonYears).toBe(4);
    expect(result.year1Cash).toBe(usd(230_000));
    expect(result.annualizedTotal).toBe(usd(330_000));
  });

  it("throws on invalid inputs instead of computing nonsense", () => {
    expect(() => computeScenario({ ...recruiterOffer, baseSalaryCents: -1 })).toThrow(
      /more than \$0/,
    );
  });

  it("rounds the annualized total half a cent up", () => {
    // 3 years × (1 cent base) + 1 cent signing = 4 cents / 3 = 1.33 → 1; 5 / 3 = 1.67 → 2.
    const one = computeScenario({
      name: "x",
      baseSalaryCents: 1,
      signingBonusCents: 1,
      horizonYears: 3,
    });
    expect(one.annualizedTotal).toBe(1);
    const two = computeScenario({
      name: "x",
      baseSalaryCents: 1,
      signingBonusCents: 2,
      horizonYears: 3,
    });
    expect(two.annualizedTotal).toBe(2);
    const half = computeScenario({
      name: "x",
      baseSalaryCents: 1,
      signingBonusCents: 1,
      horizonYears: 2,
    });
    expect(half.totalOverHorizon).toBe(3);
    expect(half.annualizedTotal).toBe(2);
  });
});

describe("modelledValue", () => {
  it("rounds exactly, the same on every engine", () => {
    const double4 = { path: "double" as const, horizonYears: 4 };
    expect(modelledValue(1, 2, double4)).toBe(1); // 1.414… → 1
    expect(modelledValue(3, 2, double4)).toBe(4); // 4.242… → 4
    expect(modelledValue(5, 2, double4)).toBe(7); // 7.071… → 7
    expect(modelledValue(0, 3, double4)).toBe(0);
    const custom = { path: "custom" as const, growthPercent: 50, horizonYears: 4 };
    expect(modelledValue(1, 1, custom)).toBe(2); // 1.5 → 2 (half up)
    expect(modelledValue(3, 2, custom)).toBe(7); // 6.75 → 7
    expect(modelledValue(1, 0, custom)).toBe(1);
  });
});
