// Limits and options of a scenario, apart from the zod schemas so that code which only computes
// (the calculator in the browser) does not load zod.

export const signingSchedules = ["year1", "split"] as const;
export type SigningSchedule = (typeof signingSchedules)[number];

/** Longest custom vesting schedule, in years. */
export const MAX_VESTING_YEARS = 10;
export const MIN_HORIZON_YEARS = 1;
export const MAX_HORIZON_YEARS = 10;
