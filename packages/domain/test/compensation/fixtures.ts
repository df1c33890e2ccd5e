import type { ScenarioInputsDraft } from "../../src/compensation";

/** $1 = 100 cents. */
export const usd = (dollars: number) => Math.round(dollars * 100);

/**
 * The recruiter's offer in the article: "$280k base, a $500k signing bonus, and $2 million in
 * stock vesting over four years" — no bonus, flat value, 4 years.
 */
export const recruiterOffer: ScenarioInputsDraft = {
  name: "Recruiter's winning offer",
  baseSalaryCents: usd(280_000),
  signingBonusCents: usd(500_000),
  signingSchedule: "year1",
  equityGrantCents: usd(2_000_000),
  vestingSchedule: "even4",
  equityPath: "flat",
  horizonYears: 4,
};

/** The article's composite AI Research Scientist (L5): $100,000 bonus = 31.25% of $320,000. */
export const researchScientistL5: ScenarioInputsDraft = {
  name: "AI Research Scientist (L5)",
  level: "L5",
  baseSalaryCents: usd(320_000),
  targetBonusPercent: 31.25,
  bonusPayoutPercent: 100,
  signingBonusCents: usd(250_000),
  equityGrantCents: usd(2_200_000),
  vestingSchedule: "even4",
  equityPath: "flat",
  horizonYears: 4,
};

/** The article's composite Staff AI Engineer (L6): 40% bonus = $140,000. */
export const staffEngineerL6: ScenarioInputsDraft = {
  name: "Staff AI Engineer (L6)",
  level: "L6",
  baseSalaryCents: usd(350_000),
  targetBonusPercent: 40,
  bonusPayoutPercent: 100,
  signingBonusCents: usd(200_000),
  equityGrantCents: usd(1_800_000),
  vestingSchedule: "even4",
  equityPath: "flat",
  horizonYears: 4,
};
