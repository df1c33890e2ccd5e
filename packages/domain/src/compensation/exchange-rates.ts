// Kept apart from currency.ts so the calculator's first load carries only formatting.
import { type Currency, minorUnitDigits } from "./currency";

/** An annual average exchange rate as the dataset states it. */
export interface FxRate {
  currency: Currency;
  year: number;
  /** Units of `currency` per 1 US dollar (1 for USD itself). */
  unitsPerUsd: number;
}

/** Where rates come from, for the line that cites them. */
export interface FxSource {
  publisher: string;
  datasetName?: string;
  asOf?: string | null;
}

export type Conversion =
  | {
      ok: true;
      amount: number;
      from: Currency;
      to: Currency;
      year: number;
      /** Units of `to` per 1 unit of `from` at the year's rates (for display). */
      rate: number;
    }
  | { ok: false; message: string };

/** Rates are held exactly as integers of 1/10^8 unit per dollar. */
const RATE_SCALE = 100_000_000n;
const exactRate = (unitsPerUsd: number) => BigInt(Math.round(unitsPerUsd * 1e8));

function rateFor(currency: Currency, year: number, rates: readonly FxRate[]): FxRate | null {
  if (currency === "USD") return { currency, year, unitsPerUsd: 1 };
  return rates.find((r) => r.currency === currency && r.year === year) ?? null;
}

/**
 * Converts `amount` minor units of `from` into minor units of `to` through the US dollar, at
 * the annual average rates of `year`: amount × (units of `to` per $) / (units of `from` per $),
 * scaled by the two currencies' minor units and rounded once to the nearest minor unit
 * (halves away from zero). A rate the data lacks gives a message, never a guess.
 */
export function convertMoney(
  amount: number,
  from: Currency,
  to: Currency,
  year: number,
  rates: readonly FxRate[],
): Conversion {
  if (!Number.isSafeInteger(amount)) {
    return { ok: false, message: "The amount must be a whole number of minor units." };
  }
  const fromRate = rateFor(from, year, rates);
  const toRate = rateFor(to, year, rates);
  const missing = [!fromRate ? from : null, !toRate ? to : null].filter(Boolean);
  if (!fromRate || !toRate) {
    return {
      ok: false,
      message: `There is no ${year} exchange rate for ${missing.join(" or ")} in the data.`,
    };
  }
  if (fromRate.unitsPerUsd <= 0 || toRate.unitsPerUsd <= 0) {
    return { ok: false, message: `The ${year} exchange rate data is not usable (zero or less).` };
  }
  const numerator =
    BigInt(amount) * exactRate(toRate.unitsPerUsd) * 10n ** BigInt(minorUnitDigits[to]);
  const denominator = exactRate(fromRate.unitsPerUsd) * 10n ** BigInt(minorUnitDigits[from]);
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const rounded = (2n * abs + denominator) / (2n * denominator);
  const result = Number(negative ? -rounded : rounded);
  if (!Number.isSafeInteger(result)) {
    return { ok: false, message: "The converted amount is too large to be exact." };
  }
  return {
    ok: true,
    amount: result,
    from,
    to,
    year,
    rate:
      Number((exactRate(toRate.unitsPerUsd) * RATE_SCALE) / exactRate(fromRate.unitsPerUsd)) / 1e8,
  };
}

/** The latest year for which both currencies have a rate, or null. */
export function latestCommonRateYear(
  from: Currency,
  to: Currency,
  rates: readonly FxRate[],
): number | null {
  const years = new Set(rates.map((r) => r.year));
  const usable = [...years]
    .filter((y) => rateFor(from, y, rates) && rateFor(to, y, rates))
    .sort((a, b) => b - a);
  return usable[0] ?? null;
}
