import { describe, expect, it } from "vitest";
import { defaultScenarioInputs, scenarioInputsSchema } from "../../src/compensation";
import { recruiterOffer } from "./fixtures";

/** The issues of a failed parse as "path: message" strings. */
function issues(input: unknown): string[] {
  const result = scenarioInputsSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

const custom = (customVestingPercents: unknown) => ({
  ...recruiterOffer,
  vestingSchedule: "custom",
  customVestingPercents,
});

describe("scenarioInputsSchema", () => {
  it("fills in the defaults", () => {
    expect(scenarioInputsSchema.parse({ name: "  Offer A ", baseSalaryCents: 1 })).toEqual({
      name: "Offer A",
      baseSalaryCents: 1,
      annualRaisePercent: 0,
      targetBonusPercent: 0,
      bonusPayoutPercent: 100,
      signingBonusCents: 0,
      signingSchedule: "year1",
      equityGrantCents: 0,
      vestingSchedule: "even4_cliff",
      customVestingPercents: [],
      refresherGrantCents: 0,
      equityPath: "flat",
      horizonYears: 4,
      // Added with currencies and benefits: inputs saved before them read as US dollars with
      // no benefits.
      currency: "USD",
      benefits: {
        retirementMatchPercent: 0,
        retirementMatchUpToPercent: 0,
        includeRetirementMatch: true,
        esppDiscountPercent: 0,
        esppContributionPercent: 0,
        esppLookback: false,
        includeEspp: true,
        otherItems: [],
      },
    });
  });

  it("trims labels and treats blank ones as not given", () => {
    const parsed = scenarioInputsSchema.parse({
      ...recruiterOffer,
      company: "  Acme AI ",
      level: "   ",
      location: "",
    });
    expect(parsed).toMatchObject({ company: "Acme AI", level: undefined, location: undefined });
  });

  it("accepts the default scenario unchanged", () => {
    expect(scenarioInputsSchema.parse(defaultScenarioInputs)).toEqual(defaultScenarioInputs);
  });

  it("says what a custom schedule adds up to, at the schedule field", () => {
    expect(issues(custom([25, 25, 25, 20]))).toEqual([
      "customVestingPercents: The yearly percentages must add up to 100%; they add up to 95%",
    ]);
    expect(issues(custom([33.33, 33.33, 33.33]))).toEqual([
      "customVestingPercents: The yearly percentages must add up to 100%; they add up to 99.99%",
    ]);
    expect(issues(custom([33.33, 33.33, 33.34]))).toEqual([]);
    expect(issues(custom([]))).toEqual([
      "customVestingPercents: Enter the percentage that vests in each year (at least one year)",
    ]);
  });

  it("checks each custom year at its own index", () => {
    expect(issues(custom([50, 120, -70]))).toEqual([
      "customVestingPercents.1: The yearly vesting percentage can be at most 100%",
      "customVestingPercents.2: The yearly vesting percentage must be at least 0%",
    ]);
    expect(issues(custom([33.333, 66.667]))).toEqual([
      "customVestingPercents.0: The yearly vesting percentage can have at most 2 decimal places",
      "customVestingPercents.1: The yearly vesting percentage can have at most 2 decimal places",
    ]);
    expect(issues(custom(Array.from({ length: 11 }, () => 100 / 11)))).toContain(
      "customVestingPercents: A vesting schedule can be at most 10 years long",
    );
  });

  it("ignores a kept custom list while a preset is chosen", () => {
    expect(
      issues({ ...recruiterOffer, vestingSchedule: "even4", customVestingPercents: [10] }),
    ).toEqual([]);
  });

  it("rejects bad amounts at their fields, in dollars", () => {
    expect(issues({ ...recruiterOffer, baseSalaryCents: -100 })).toEqual([
      "baseSalaryCents: The base salary must be more than $0",
    ]);
    expect(issues({ ...recruiterOffer, baseSalaryCents: 0 })).toEqual([
      "baseSalaryCents: The base salary must be more than $0",
    ]);
    expect(issues({ ...recruiterOffer, baseSalaryCents: 10_000_000_001 })).toEqual([
      "baseSalaryCents: The base salary can be at most $100,000,000",
    ]);
    expect(issues({ ...recruiterOffer, baseSalaryCents: 1.5 })).toEqual([
      "baseSalaryCents: The base salary must be a whole number of cents",
    ]);
    expect(issues({ ...recruiterOffer, baseSalaryCents: undefined })).toEqual([
      "baseSalaryCents: Enter the base salary",
    ]);
    expect(issues({ ...recruiterOffer, baseSalaryCents: "280000" })).toEqual([
      "baseSalaryCents: The base salary must be a number",
    ]);
    expect(issues({ ...recruiterOffer, signingBonusCents: -1 })).toEqual([
      "signingBonusCents: The signing bonus cannot be negative",
    ]);
    expect(issues({ ...recruiterOffer, refresherGrantCents: Number.NaN })).toEqual([
      "refresherGrantCents: The yearly refresher grant must be a number",
    ]);
  });

  it("rejects percentages outside their ranges", () => {
    expect(issues({ ...recruiterOffer, annualRaisePercent: 101 })).toEqual([
      "annualRaisePercent: The annual raise can be at most 100%",
    ]);
    expect(issues({ ...recruiterOffer, targetBonusPercent: 500.5 })).toEqual([
      "targetBonusPercent: The target bonus can be at most 500%",
    ]);
    expect(issues({ ...recruiterOffer, bonusPayoutPercent: -1 })).toEqual([
      "bonusPayoutPercent: The expected bonus payout must be at least 0%",
    ]);
    expect(issues({ ...recruiterOffer, annualRaisePercent: 3.12345 })).toEqual([
      "annualRaisePercent: The annual raise can have at most 4 decimal places",
    ]);
  });

  it("limits the horizon to 1–10 whole years", () => {
    expect(issues({ ...recruiterOffer, horizonYears: 11 })).toEqual([
      "horizonYears: The horizon can be at most 10 years",
    ]);
    expect(issues({ ...recruiterOffer, horizonYears: 0 })).toEqual([
      "horizonYears: The horizon must be at least 1 year",
    ]);
    expect(issues({ ...recruiterOffer, horizonYears: 2.5 })).toEqual([
      "horizonYears: The horizon must be a whole number of years",
    ]);
  });

  it("needs a name of 1–100 characters and labels of at most 120", () => {
    expect(issues({ ...recruiterOffer, name: "   " })).toEqual(["name: Give the scenario a name"]);
    expect(issues({ ...recruiterOffer, name: "x".repeat(101) })).toEqual([
      "name: The name can be at most 100 characters",
    ]);
    expect(issues({ ...recruiterOffer, company: "c".repeat(121) })).toEqual([
      "company: The company can be at most 120 characters",
    ]);
  });

  it("checks the choices", () => {
    expect(issues({ ...recruiterOffer, signingSchedule: "year2" })).toEqual([
      "signingSchedule: Choose when the signing bonus is paid: in year 1, or split over years 1 and 2",
    ]);
    expect(issues({ ...recruiterOffer, vestingSchedule: "monthly" })).toEqual([
      "vestingSchedule: Choose a vesting schedule",
    ]);
    expect(issues({ ...recruiterOffer, equityPath: "moon" })).toEqual([
      "equityPath: Choose how the equity's value develops",
    ]);
  });

  it("needs a growth rate for a custom equity path, within −100% to 1000%", () => {
    expect(issues({ ...recruiterOffer, equityPath: "custom" })).toEqual([
      "equityGrowthPercent: Enter the yearly equity growth rate for a custom path",
    ]);
    expect(issues({ ...recruiterOffer, equityPath: "custom", equityGrowthPercent: -101 })).toEqual([
      "equityGrowthPercent: The yearly equity growth must be at least -100%",
    ]);
    expect(issues({ ...recruiterOffer, equityPath: "custom", equityGrowthPercent: 1001 })).toEqual([
      "equityGrowthPercent: The yearly equity growth can be at most 1000%",
    ]);
    expect(issues({ ...recruiterOffer, equityPath: "custom", equityGrowthPercent: 25 })).toEqual(
      [],
    );
  });

  it("refuses growth that would take the equity beyond exact cents", () => {
    expect(
      issues({
        ...recruiterOffer,
        equityGrantCents: 100_000_000_000,
        equityPath: "custom",
        equityGrowthPercent: 1000,
        horizonYears: 10,
      }),
    ).toEqual([
      "equityGrowthPercent: At this growth rate the equity would be worth more than $10,000,000,000,000; use a lower rate or a shorter horizon",
    ]);
  });

  it("reports field errors and cross-field errors together", () => {
    expect(
      issues({ ...custom([50, 40]), baseSalaryCents: -1, equityPath: "custom", horizonYears: 11 }),
    ).toEqual([
      "baseSalaryCents: The base salary must be more than $0",
      "horizonYears: The horizon can be at most 10 years",
      "customVestingPercents: The yearly percentages must add up to 100%; they add up to 90%",
      "equityGrowthPercent: Enter the yearly equity growth rate for a custom path",
    ]);
  });

  it("rejects something that is not an object", () => {
    expect(scenarioInputsSchema.safeParse(null).success).toBe(false);
    expect(scenarioInputsSchema.safeParse("offer").success).toBe(false);
  });
});
