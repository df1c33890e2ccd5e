import { type Cents, divideRounded, toCents } from "./money";
import { percentToRateUnits, RATE_ONE } from "./rates";

export const equityPaths = ["bust", "flat", "double", "custom"] as const;
/**
 * How the share price moves after a grant:
 * - `bust`: the equity ends up worth nothing;
 * - `flat`: it keeps its grant-date value;
 * - `double`: it doubles by the end of the horizon, compounding at 2^(1/horizon) − 1 a year;
 * - `custom`: it compounds at a yearly growth rate (−100% to 1000%).
 */
export type EquityPath = (typeof equityPaths)[number];

export interface EquityGrowth {
  path: EquityPath;
  /** Yearly growth in percent; used (and required) only for the `custom` path. */
  growthPercent?: number | undefined;
  horizonYears: number;
}

/** The yearly growth rate as a fraction (0.1892… for `double` over 4 years). For display. */
export function yearlyGrowthRate(growth: EquityGrowth): number {
  switch (growth.path) {
    case "bust":
      return -1;
    case "flat":
      return 0;
    case "double":
      return 2 ** (1 / growth.horizonYears) - 1;
    case "custom":
      return (growth.growthPercent ?? 0) / 100;
  }
}

/**
 * Value of 1 unit of grant-date value `yearsSinceGrant` years after the grant:
 * (1 + g)^years. `bust` is 0. For display; the cents come from `modelledValue`.
 */
export function priceMultiplier(yearsSinceGrant: number, growth: EquityGrowth): number {
  switch (growth.path) {
    case "bust":
      return 0;
    case "flat":
      return 1;
    case "double":
      return 2 ** (yearsSinceGrant / growth.horizonYears);
    case "custom":
      return (1 + (growth.growthPercent ?? 0) / 100) ** yearsSinceGrant;
  }
}

/**
 * What equity worth `grantValueCents` at its grant date is worth `yearsSinceGrant` years
 * later on this path, rounded once to the nearest cent (halves up). Computed exactly with
 * integers, so every JavaScript engine gives the same cents:
 * - `custom`: grant × (1 + g)^n with g held exactly (at most 4 decimals of a percent);
 * - `double`: grant × 2^(n / horizon), found as the integer n-th-root bound, so the value
 *   at the horizon is exactly twice the grant.
 */
export function modelledValue(
  grantValueCents: Cents,
  yearsSinceGrant: number,
  growth: EquityGrowth,
): Cents {
  if (!Number.isInteger(yearsSinceGrant) || yearsSinceGrant < 0) {
    throw new RangeError(`Years since the grant must be a whole number ≥ 0: ${yearsSinceGrant}`);
  }
  const value = BigInt(grantValueCents);
  switch (growth.path) {
    case "bust":
      return 0;
    case "flat":
      return grantValueCents;
    case "double":
      return toCents(roundedTimesPowerOfTwo(value, yearsSinceGrant, growth.horizonYears));
    case "custom": {
      const factor = RATE_ONE + percentToRateUnits(growth.growthPercent ?? 0);
      const n = BigInt(yearsSinceGrant);
      return toCents(divideRounded(value * factor ** n, RATE_ONE ** n));
    }
  }
}

/**
 * round(value × 2^(numerator / denominator)), halves up, exactly: the result is the largest
 * r ≥ 0 with r − ½ ≤ value × 2^(p/q), i.e. (2r − 1)^q ≤ (2·value)^q × 2^p.
 */
function roundedTimesPowerOfTwo(value: bigint, numerator: number, denominator: number): bigint {
  if (value < 0n) throw new RangeError("Only non-negative values are modelled");
  const q = BigInt(denominator);
  if (numerator % denominator === 0) return value * 2n ** BigInt(numerator / denominator);
  const target = (2n * value) ** q * 2n ** BigInt(numerator);
  const fits = (r: bigint) => r === 0n || (2n * r - 1n) ** q <= target;
  let low = 0n;
  let high = value * 2n ** BigInt(Math.ceil(numerator / denominator)) + 1n;
  while (low < high) {
    const mid = (low + high + 1n) / 2n;
    if (fits(mid)) low = mid;
    else high = mid - 1n;
  }
  return low;
}
