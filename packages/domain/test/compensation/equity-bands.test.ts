import { describe, expect, it } from "vitest";
import { computeScenario, lognormalMultiplier, Z_90 } from "../../src/compensation";
import { usd } from "./fixtures";

// μ = 10%, σ = 20%: drift (μ − σ²/2) = 0.08 a year.
const risk = { preset: "custom" as const, growthPercent: 10, volatilityPercent: 20 };

describe("lognormal equity bands", () => {
  it("uses the multiplier exp((μ − σ²/2)t + σ√t·z)", () => {
    expect(lognormalMultiplier(1, risk, 0)).toBeCloseTo(Math.exp(0.08), 15);
    expect(lognormalMultiplier(2, risk, Z_90)).toBeCloseTo(
      Math.exp(0.16 + 0.2 * Math.SQRT2 * 1.2815515655446004),
      15,
    );
  });

  it("gives hand-computed percentiles for a $1,000 grant vesting $250 a year", () => {
    const result = computeScenario({
      name: "Bands",
      baseSalaryCents: usd(100_000),
      equityGrantCents: usd(1000),
      vestingSchedule: "even4",
      equityRisk: risk,
    });
    // Year 1 (t = 1): 25,000 × e^(0.08 ∓ 0.2 × 1.28155…) = 20,958.94 / 27,082.18 / 34,994.33
    // Year 2 (t = 2): 25,000 × e^(0.16 ∓ 0.2 × √2 × 1.28155…) = 20,417.62 / 29,337.77 / 42,155.00
    expect(result.bands?.slice(0, 2)).toEqual([
      {
        year: 1,
        equity: { p10: 20_959, p50: 27_082, p90: 34_994 },
        total: {
          p10: usd(100_000) + 20_959,
          p50: usd(100_000) + 27_082,
          p90: usd(100_000) + 34_994,
        },
      },
      {
        year: 2,
        equity: { p10: 20_418, p50: 29_338, p90: 42_155 },
        total: {
          p10: usd(100_000) + 20_418,
          p50: usd(100_000) + 29_338,
          p90: usd(100_000) + 42_155,
        },
      },
    ]);
  });

  it("adds the portions of refreshers at their own ages under one Z", () => {
    const result = computeScenario({
      name: "Refreshers",
      baseSalaryCents: usd(100_000),
      equityGrantCents: usd(1000),
      refresherGrantCents: usd(1000),
      vestingSchedule: "even4",
      equityRisk: risk,
    });
    // Year 2: the initial grant's portion at t = 2 plus the first refresher's at t = 1.
    const year2 = result.bands?.[1];
    expect(year2?.equity.p50).toBe(Math.round(25_000 * Math.exp(0.16) + 25_000 * Math.exp(0.08)));
    expect(year2?.equity.p90).toBe(
      Math.round(
        25_000 * Math.exp(0.16 + 0.2 * Math.SQRT2 * Z_90) + 25_000 * Math.exp(0.08 + 0.2 * Z_90),
      ),
    );
  });

  it("has no bands without a risk model, and refuses a volatility out of range", () => {
    expect(computeScenario({ name: "None", baseSalaryCents: 1 }).bands).toBeNull();
    expect(() =>
      computeScenario({
        name: "Wild",
        baseSalaryCents: 1,
        equityRisk: { ...risk, volatilityPercent: 151 },
      }),
    ).toThrow("The yearly volatility can be at most 150%");
    expect(() =>
      computeScenario({
        name: "Preset",
        baseSalaryCents: 1,
        equityRisk: { preset: "large_public", growthPercent: 50, volatilityPercent: 20 },
      }),
    ).toThrow("The Large public company preset is");
  });
});
