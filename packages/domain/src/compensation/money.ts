/**
 * Money in the compensation module is always an integer number of US cents held in a
 * `number` that is a safe integer. Floats are never used for money: anything that has to
 * be multiplied by a rate is computed exactly with `bigint` and rounded once.
 *
 * Rounding rule (used everywhere in this module): round to the nearest cent, halves away
 * from zero. Every amount the module produces is non-negative, so in practice this is
 * "round half up". Totals are always sums of parts that were already rounded.
 */
export type Cents = number;

/** $100,000,000: the largest base salary a scenario accepts. */
export const MAX_BASE_SALARY_CENTS = 10_000_000_000;
/** $1,000,000,000: the largest signing bonus, equity grant or refresher a scenario accepts. */
export const MAX_GRANT_CENTS = 100_000_000_000;
/** $10 trillion: the most a scenario's equity may be modelled to be worth, to stay exact. */
export const MAX_MODELLED_EQUITY_CENTS = 1_000_000_000_000_000;

/** numerator / denominator rounded to the nearest integer, halves away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("The denominator must be positive");
  if (numerator < 0n) return -divideRounded(-numerator, denominator);
  return (2n * numerator + denominator) / (2n * denominator);
}

/** Converts an exact bigint amount of cents back to a number, refusing unsafe integers. */
export function toCents(value: bigint): Cents {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`${value} cents is too large to be exact`);
  return n;
}

/** Throws unless `cents` is a safe integer. */
export function assertCents(cents: number, what = "amount"): void {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`The ${what} must be a whole number of cents, got ${cents}`);
  }
}

/** Adds amounts of cents (exact while the sum stays a safe integer, which is checked). */
export function sumCents(amounts: readonly Cents[]): Cents {
  let total = 0;
  for (const a of amounts) total += a;
  assertCents(total, "sum");
  return total;
}

/**
 * Whole or fractional dollars (as benchmarks store them) to cents, rounded to the nearest
 * cent, halves away from zero.
 */
export function dollarsToCents(dollars: number): Cents {
  if (!Number.isFinite(dollars)) throw new RangeError(`Not a dollar amount: ${dollars}`);
  const cents = Math.sign(dollars) * Math.round(Math.abs(dollars) * 100);
  const result = cents === 0 ? 0 : cents;
  assertCents(result, "dollar amount");
  return result;
}

/** 123450 → "1234.50": a plain decimal number of dollars, no symbol or separators. */
export function centsToDecimalString(cents: Cents): string {
  assertCents(cents);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

const wholeDollars = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** 90500000 → "$905,000"; 12345 → "$123.45" (cents shown only when there are some). */
export function formatCents(cents: Cents): string {
  assertCents(cents);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const dollars = wholeDollars.format(Math.trunc(abs / 100));
  const rest = abs % 100;
  return `${sign}$${dollars}${rest === 0 ? "" : `.${String(rest).padStart(2, "0")}`}`;
}
