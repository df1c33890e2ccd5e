/**
 * Percentages (raise, bonus, payout, growth) are decimals with at most
 * `RATE_DECIMALS` places. Inside the module they are held exactly as integers of
 * 1/10,000 of a percent, so `100%` is `RATE_ONE` units and all arithmetic is exact.
 */
export const RATE_DECIMALS = 4;
/** 100% in rate units (1/10,000 of a percent). */
export const RATE_ONE = 1_000_000n;

/** True when `n` has at most `decimals` decimal places (tolerating binary float noise). */
export function hasAtMostDecimals(n: number, decimals: number): boolean {
  const scaled = n * 10 ** decimals;
  return Number.isFinite(scaled) && Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** 12.5 → 125000n: a percentage as an exact integer of 1/10,000 of a percent. */
export function percentToRateUnits(percent: number): bigint {
  if (!hasAtMostDecimals(percent, RATE_DECIMALS)) {
    throw new RangeError(`${percent}% has more than ${RATE_DECIMALS} decimal places`);
  }
  return BigInt(Math.round(percent * 10 ** RATE_DECIMALS));
}
