import { describe, expect, it } from "vitest";
import { computeScenario, describeAnnualized } from "../../src/compensation";
import { recruiterOffer, usd } from "./fixtures";

describe("describeAnnualized", () => {
  it("shows how the recruiter's $905,000 is assembled and what it hides", () => {
    const breakdown = describeAnnualized(computeScenario(recruiterOffer));
    expect(breakdown.annualizedTotal).toBe(usd(905_000));
    expect(
      breakdown.components.map((c) => [c.key, c.totalCents, c.annualizedCents, c.recurring]),
    ).toEqual([
      ["base", usd(1_120_000), usd(280_000), true],
      ["bonus", 0, 0, true],
      ["signing", usd(500_000), usd(125_000), false],
      ["equityInitialGrant", usd(2_000_000), usd(500_000), false],
      ["equityRefreshers", 0, 0, false],
    ]);
    expect(breakdown.components[0]?.shareOfAnnualized).toBeCloseTo(280 / 905, 12);
    expect(breakdown.caveats).toEqual([
      {
        kind: "one_off_signing",
        message:
          "The $500,000 signing bonus is paid once, but adds $125,000 to every year of the annualized figure.",
      },
      {
        kind: "uneven_years",
        message: "Yearly totals range from $780,000 (year 2) to $1,280,000 (year 1).",
      },
    ]);
  });

  it("makes the parts add up to the headline to the cent", () => {
    // 100.01 base × 3 = 300.03, signing 0.01, equity 0.02 (2 cents vesting in year 3):
    // total 300.06 / 3 = 100.02 exactly; the parts 100.01, 0.00(3), 0.00(6) → 100.01, 0, 0.01.
    const result = computeScenario({
      name: "Cents",
      baseSalaryCents: 10_001,
      signingBonusCents: 1,
      equityGrantCents: 2,
      vestingSchedule: "custom",
      customVestingPercents: [0, 0, 100],
      horizonYears: 3,
    });
    const breakdown = describeAnnualized(result);
    expect(result.annualizedTotal).toBe(10_002);
    expect(breakdown.components.map((c) => c.annualizedCents)).toEqual([10_001, 0, 0, 1, 0]);
  });

  it("mentions modelled equity, unvested equity and signing after the horizon", () => {
    const result = computeScenario({
      ...recruiterOffer,
      signingSchedule: "split",
      equityPath: "double",
      horizonYears: 1,
    });
    const kinds = describeAnnualized(result).caveats.map((c) => c.kind);
    expect(kinds).toEqual(["equity_valuation", "unvested_equity", "signing_after_horizon"]);
    expect(describeAnnualized(result).caveats[1]?.message).toBe(
      "$1,500,000 of granted equity (at grant-date value) is still unvested at the end of year 1 and is not counted.",
    );
  });
});
