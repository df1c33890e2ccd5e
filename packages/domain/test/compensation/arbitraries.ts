import fc from "fast-check";
import {
  currencies,
  equityPaths,
  MAX_BASE_SALARY_CENTS,
  MAX_GRANT_CENTS,
  MAX_MODELLED_EQUITY_CENTS,
  type ScenarioInputs,
  signingSchedules,
  vestingSchedules,
} from "../../src/compensation";

/** A percentage from min to max with at most `decimals` decimal places. */
export const percentArb = (min: number, max: number, decimals: number) =>
  fc
    .integer({ min: min * 10 ** decimals, max: max * 10 ** decimals })
    .map((n) => n / 10 ** decimals);

/** 1–10 yearly percentages with at most 2 decimals that add up to exactly 100. */
export const customScheduleArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 9_999 }), { maxLength: 9 })
  .map((cuts) => {
    const points = [0, ...[...cuts].sort((a, b) => a - b), 10_000];
    return points.slice(1).map((p, i) => (p - (points[i] ?? 0)) / 100);
  });

const optionalLabelArb = fc.option(fc.string({ maxLength: 120 }), { nil: undefined });

const equityArb = fc
  .record({
    horizonYears: fc.integer({ min: 1, max: 10 }),
    equityPath: fc.constantFrom(...equityPaths),
    growth: percentArb(-100, 1000, 4),
  })
  .chain(({ horizonYears, equityPath, growth }) => {
    // Keep a custom path within the schema's cap on the modelled value.
    const multiplier =
      equityPath === "custom" ? Math.max(1, (1 + growth / 100) ** horizonYears) : 1;
    const budget = Math.floor(MAX_MODELLED_EQUITY_CENTS / multiplier / 2);
    const maxGrant = Math.min(MAX_GRANT_CENTS, budget);
    const maxRefresher = Math.min(
      MAX_GRANT_CENTS,
      Math.floor(budget / Math.max(1, horizonYears - 1)),
    );
    return fc.record({
      horizonYears: fc.constant(horizonYears),
      equityPath: fc.constant(equityPath),
      equityGrowthPercent: fc.constant(equityPath === "custom" ? growth : undefined),
      equityGrantCents: fc.integer({ min: 0, max: maxGrant }),
      refresherGrantCents: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: maxRefresher })),
    });
  });

const vestingArb = fc.oneof(
  fc.record({
    vestingSchedule: fc.constantFrom(...vestingSchedules.filter((s) => s !== "custom")),
    customVestingPercents: fc.constant<number[]>([]),
  }),
  fc.record({
    vestingSchedule: fc.constant("custom" as const),
    customVestingPercents: customScheduleArb,
  }),
);

const benefitsArb = fc.record({
  retirementMatchPercent: percentArb(0, 200, 4),
  retirementMatchUpToPercent: percentArb(0, 100, 4),
  includeRetirementMatch: fc.boolean(),
  esppDiscountPercent: percentArb(0, 50, 4),
  esppContributionPercent: percentArb(0, 100, 4),
  esppLookback: fc.boolean(),
  includeEspp: fc.boolean(),
  otherItems: fc.array(
    fc.record({
      label: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && s !== ""),
      yearlyAmountCents: fc.integer({ min: 0, max: MAX_BASE_SALARY_CENTS }),
      include: fc.boolean(),
    }),
    { maxLength: 6 },
  ),
});

/** Scenario inputs that respect every rule of `scenarioInputsSchema`. */
export const scenarioInputsArb: fc.Arbitrary<ScenarioInputs> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim().length > 0),
    company: optionalLabelArb,
    level: optionalLabelArb,
    location: optionalLabelArb,
    baseSalaryCents: fc.integer({ min: 1, max: MAX_BASE_SALARY_CENTS }),
    annualRaisePercent: percentArb(0, 100, 4),
    targetBonusPercent: percentArb(0, 500, 4),
    bonusPayoutPercent: percentArb(0, 300, 4),
    signingBonusCents: fc.integer({ min: 0, max: MAX_GRANT_CENTS }),
    signingSchedule: fc.constantFrom(...signingSchedules),
    vesting: vestingArb,
    equity: equityArb,
    currency: fc.constantFrom(...currencies),
    benefits: benefitsArb,
  })
  .map(({ vesting, equity, company, level, location, ...rest }) => ({
    ...rest,
    ...vesting,
    ...equity,
    ...(company === undefined ? {} : { company }),
    ...(level === undefined ? {} : { level }),
    ...(location === undefined ? {} : { location }),
  }));
