import { describe, expect, it } from "vitest";
import {
  computeScenario,
  computeValidScenario,
  describeAnnualized,
  scenarioInputsSchema,
} from "../../src/compensation";
import { recruiterOffer, usd } from "./fixtures";

const withBenefits = {
  name: "Benefits",
  baseSalaryCents: usd(200_000),
  horizonYears: 1,
  benefits: {
    retirementMatchPercent: 50,
    retirementMatchUpToPercent: 6,
    esppDiscountPercent: 15,
    esppContributionPercent: 10,
    otherItems: [
      { label: "HSA", yearlyAmountCents: usd(1000) },
      { label: "Stipend", yearlyAmountCents: usd(500), include: false },
    ],
  },
};

describe("benefits", () => {
  it("matches 50% of contributions up to 6% of a $200,000 base: $6,000", () => {
    const year = computeScenario(withBenefits).years[0];
    expect(year?.retirementMatch).toBe(usd(6000));
  });

  it("caps the matched contributions at the deferral limit given", () => {
    const inputs = scenarioInputsSchema.parse(withBenefits);
    // A $10,000 limit (a test value): 50% × $10,000 = $5,000.
    const capped = computeValidScenario(inputs, { retirementDeferralLimitCents: usd(10_000) });
    expect(capped.years[0]?.retirementMatch).toBe(usd(5000));
    expect(capped.retirementDeferralLimitCents).toBe(usd(10_000));
  });

  it("values the ESPP at the discount: $20,000 buys $20,000 / 0.85 = $23,529.41, a $3,529.41 gain", () => {
    expect(computeScenario(withBenefits).years[0]?.esppGain).toBe(352_941);
  });

  it("with a lookback, credits a price rise over the offering: $23,529.41 × 1.1 − $20,000", () => {
    const year = computeScenario({
      ...withBenefits,
      equityPath: "custom",
      equityGrowthPercent: 10,
      benefits: { ...withBenefits.benefits, esppLookback: true },
    }).years[0];
    // 2,352,941 × 1.1 = 2,588,235.1 → 2,588,235; minus 2,000,000.
    expect(year?.esppGain).toBe(588_235);
    // Without a rise the lookback changes nothing.
    const flat = computeScenario({
      ...withBenefits,
      benefits: { ...withBenefits.benefits, esppLookback: true },
    }).years[0];
    expect(flat?.esppGain).toBe(352_941);
  });

  it("lists every line and counts only the included ones in the total", () => {
    const result = computeScenario(withBenefits);
    const year = result.years[0];
    expect(year?.otherBenefits).toEqual([usd(1000), usd(500)]);
    expect(year?.benefitsIncluded).toBe(usd(6000) + 352_941 + usd(1000));
    expect(year?.total).toBe(usd(200_000) + usd(6000) + 352_941 + usd(1000));
    const breakdown = describeAnnualized(result);
    expect(breakdown.components.at(-1)).toMatchObject({
      key: "benefits",
      totalCents: usd(6000) + 352_941 + usd(1000),
    });
    expect(breakdown.caveats.map((c) => c.kind)).toContain("uncapped_match");
  });

  it("leaves the recruiter's offer at exactly $905,000 a year", () => {
    expect(computeScenario(recruiterOffer).annualizedTotal).toBe(usd(905_000));
  });

  it("reads inputs saved before benefits and currencies existed as dollars without benefits", () => {
    const saved = {
      name: "Old",
      baseSalaryCents: usd(280_000),
      annualRaisePercent: 0,
      targetBonusPercent: 0,
      bonusPayoutPercent: 100,
      signingBonusCents: usd(500_000),
      signingSchedule: "year1",
      equityGrantCents: usd(2_000_000),
      vestingSchedule: "even4",
      customVestingPercents: [],
      refresherGrantCents: 0,
      equityPath: "flat",
      horizonYears: 4,
    };
    const parsed = scenarioInputsSchema.parse(saved);
    expect(parsed.currency).toBe("USD");
    expect(computeValidScenario(parsed).annualizedTotal).toBe(usd(905_000));
  });
});
