// Kept apart from the zod schemas so that code which only computes (the calculator in the
// browser) does not load zod: the schema is imported for its type only.
import { noBenefits } from "./benefits";
import type { ScenarioInputs } from "./schemas";

/** A sensible starting point for the form: a $200,000 base offer with a 4-year grant. */
export const defaultScenarioInputs: ScenarioInputs = {
  name: "My offer",
  baseSalaryCents: 20_000_000,
  annualRaisePercent: 0,
  targetBonusPercent: 15,
  bonusPayoutPercent: 100,
  signingBonusCents: 0,
  signingSchedule: "year1",
  equityGrantCents: 40_000_000,
  vestingSchedule: "even4_cliff",
  customVestingPercents: [],
  refresherGrantCents: 0,
  equityPath: "flat",
  horizonYears: 4,
  currency: "USD",
  benefits: { ...noBenefits, otherItems: [] },
};
