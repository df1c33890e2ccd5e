/**
 * Formulas for figures derived from published ones. The dashboards label their results
 * "computed": they are arithmetic on what a source states, not something the source states.
 *
 * Every function is pure, returns unrounded numbers (formatting rounds) and throws a
 * `RangeError` with a readable message when the inputs make the formula meaningless
 * (a zero denominator, a non-positive starting value, a range whose low is above its high).
 */

function finite(name: string, n: number): number {
  if (!Number.isFinite(n)) throw new RangeError(`${name} must be a finite number (got ${n})`);
  return n;
}

/**
 * Compound annual growth rate, in percent: the constant yearly growth that turns `start` into
 * `end` over `years` years. ML market $113.1B (2025) → $503.4B (2030) over 5 years ≈ 34.8.
 */
export function compoundAnnualGrowth(start: number, end: number, years: number): number {
  finite("The starting value", start);
  finite("The ending value", end);
  finite("The number of years", years);
  if (start <= 0) throw new RangeError("The starting value must be above zero");
  if (end < 0) throw new RangeError("The ending value cannot be negative");
  if (years <= 0) throw new RangeError("The number of years must be above zero");
  return ((end / start) ** (1 / years) - 1) * 100;
}

/**
 * The value before a stated percentage growth: 49,200 postings "up 163%" ⇒ 49,200 / 2.63 ≈ 18,707.
 */
export function impliedPriorValue(current: number, growthPercent: number): number {
  finite("The current value", current);
  finite("The growth percent", growthPercent);
  if (growthPercent <= -100) {
    throw new RangeError("A growth of -100% or less leaves no prior value to recover");
  }
  return current / (1 + growthPercent / 100);
}

export interface PriorFromChange {
  /** current − change */
  prior: number;
  /** change / prior, in percent; null when the prior value is not above zero. */
  growthPercent: number | null;
}

/**
 * The value before a stated absolute change: $206,000 "a $50,000 jump" ⇒ $156,000, a rise of
 * 32.05%.
 */
export function priorFromChange(current: number, change: number): PriorFromChange {
  finite("The current value", current);
  finite("The change", change);
  const prior = current - change;
  return { prior, growthPercent: prior > 0 ? (change / prior) * 100 : null };
}

/** How many of one count there are per one of another: 1.6M open positions / 518k candidates = 3.09. */
export function ratioFromCounts(numerator: number, denominator: number): number {
  finite("The numerator", numerator);
  finite("The denominator", denominator);
  if (numerator < 0 || denominator < 0) throw new RangeError("Counts cannot be negative");
  if (denominator === 0) throw new RangeError("Cannot divide by a count of zero");
  return numerator / denominator;
}

/** Jobs created minus jobs displaced: 170M − 92M = 78M. */
export function netJobs(created: number, displaced: number): number {
  finite("Jobs created", created);
  finite("Jobs displaced", displaced);
  return created - displaced;
}

/** `to − from`. */
export function valueDifference(from: number, to: number): number {
  finite("The first value", from);
  finite("The second value", to);
  return to - from;
}

export interface DollarRange {
  low: number;
  high: number;
}

/**
 * A percentage premium in dollars on a baseline salary: 40–60% on $206,000 = $82,400–$123,600.
 * Give one percent for a single premium (low = high).
 */
export function premiumInDollars(
  baseline: number,
  percentLow: number,
  percentHigh: number = percentLow,
): DollarRange {
  finite("The baseline", baseline);
  finite("The low percent", percentLow);
  finite("The high percent", percentHigh);
  if (baseline < 0) throw new RangeError("The baseline cannot be negative");
  if (percentLow > percentHigh) {
    throw new RangeError(
      `The low percent (${percentLow}) is above the high percent (${percentHigh})`,
    );
  }
  return { low: (baseline * percentLow) / 100, high: (baseline * percentHigh) / 100 };
}

/**
 * The baseline a dollar premium implies for a percentage premium: $21,000 at 15% ⇒ $140,000.
 */
export function impliedBaseline(premiumDollars: number, premiumPercent: number): number {
  finite("The premium in dollars", premiumDollars);
  finite("The premium percent", premiumPercent);
  if (premiumPercent === 0) throw new RangeError("A premium of 0% implies no baseline");
  return premiumDollars / (premiumPercent / 100);
}

/** The middle of a closed range: $320,000–$550,000 ⇒ $435,000. */
export function rangeMidpoint(low: number, high: number): number {
  finite("The low bound", low);
  finite("The high bound", high);
  if (low > high) throw new RangeError(`The low bound (${low}) is above the high bound (${high})`);
  return low + (high - low) / 2;
}

/**
 * The change from one value to another, in percent of the first: $120,000 → $175,000 = +45.8%.
 * A negative starting value is measured by its size, so a rise is always positive.
 */
export function percentChange(from: number, to: number): number {
  finite("The starting value", from);
  finite("The new value", to);
  if (from === 0) throw new RangeError("A change from zero has no percentage");
  return ((to - from) / Math.abs(from)) * 100;
}

/** The arithmetic mean: ($25k + $25k + $11k + $17k + $25k + $24k) / 6 = $21,167. */
export function arithmeticMean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("The mean of no values is undefined");
  let sum = 0;
  for (const v of values) sum += finite("Each value", v);
  return sum / values.length;
}

/** How many years an equity grant vests over when the source does not say. */
export const DEFAULT_VESTING_YEARS = 4;

export interface PackageComponents {
  /** Annual base salary. */
  base: number;
  /** Annual (target) bonus; 0 when the package has none. */
  bonus?: number;
  /** One-off signing bonus, paid once. */
  signing?: number;
  /** Equity grant value over the whole vesting period. */
  equity?: number;
  /** Years the equity vests over; 4 when not given. */
  vestingYears?: number;
}

/** First-year cash: base + bonus + signing bonus (the equity is not cash). */
export function year1Cash(components: PackageComponents): number {
  const { base, bonus = 0, signing = 0 } = components;
  finite("The base salary", base);
  finite("The bonus", bonus);
  finite("The signing bonus", signing);
  return base + bonus + signing;
}

/**
 * Total compensation averaged over the vesting period, with the one-off signing bonus spread
 * over it as well: base + bonus + (signing + equity) / vesting years.
 * $320,000 + $100,000 + ($250,000 + $2,200,000) / 4 = $1,032,500.
 */
export function annualizedTotalComp(components: PackageComponents): number {
  const {
    base,
    bonus = 0,
    signing = 0,
    equity = 0,
    vestingYears = DEFAULT_VESTING_YEARS,
  } = components;
  finite("The base salary", base);
  finite("The bonus", bonus);
  finite("The signing bonus", signing);
  finite("The equity grant", equity);
  finite("The vesting period", vestingYears);
  if (vestingYears <= 0) throw new RangeError("The vesting period must be above zero years");
  return base + bonus + (signing + equity) / vestingYears;
}
