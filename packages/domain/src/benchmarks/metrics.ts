import { z } from "zod";

/**
 * What a figure measures. The statistic (mean, median, range…) and the unit say how it is
 * expressed; dimensions (company, level…) say whom it is about.
 */
export const metricCatalog = {
  salary: "Annual salary (base or total not specified by the source)",
  base_salary: "Annual base salary",
  total_comp: "Annual total compensation (base, bonus, equity)",
  target_bonus: "Target annual bonus",
  signing_bonus: "Signing bonus",
  equity_grant: "Equity grant value over its vesting period",
  year1_cash: "First-year cash (base, bonus, signing)",
  annualized_total_comp: "Annualized total compensation over the vesting period",
  headline_package: "Headline package value",
  salary_change: "Change in salary from the previous year",
  salary_growth: "Salary growth",
  pay_premium: "Pay premium over a baseline",
  take_home_difference: "Difference in take-home pay",
  open_positions: "Open positions",
  qualified_candidates: "Qualified candidates",
  demand_supply_ratio: "Open positions per qualified candidate",
  job_share: "Share of jobs",
  posting_requirement_share: "Share of job postings that ask for it",
  framework_market_share: "Market share",
  employment_growth: "Projected employment growth",
  occupation_growth_rank: "Rank among fastest-growing occupations",
  skill_growth_rank: "Rank among fastest-growing skills",
  job_postings: "Job postings",
  postings_growth: "Growth in job postings",
  market_size: "Market size",
  ai_spending: "Spending on AI systems",
  jobs_created: "Jobs created",
  jobs_displaced: "Jobs displaced",
  jobs_net: "Net jobs",
  employer_expectation_share: "Share of employers expecting it",
  work_time_share: "Share of the work",
  code_share: "Share of a system's code",
  vesting_period: "Vesting period",
  program_outcome: "Training programme outcome (advertised)",
  vesting_cliff: "Vesting cliff: years before the first shares of a grant vest",
  refresher_cadence: "Years between refresher equity grants",
  signing_split: "Years over which a signing bonus is paid",
  retirement_deferral_limit:
    "IRS limit on an employee's elective 401(k) deferrals for a year (section 402(g)), entered by an admin from the IRS's notice",
} as const;

export type Metric = keyof typeof metricCatalog;
export const metrics = Object.keys(metricCatalog) as [Metric, ...Metric[]];
export const metricSchema = z.enum(metrics);
