/**
 * Offer currencies. A scenario's money fields hold integer *minor units* of its currency
 * (cents for USD, pence for GBP, whole yen for JPY), as ISO 4217 defines them. Conversions
 * use annual average rates stated as units of a currency per 1 US dollar.
 */
export const currencies = [
  "USD",
  "EUR",
  "GBP",
  "CAD",
  "INR",
  "JPY",
  "CHF",
  "AUD",
  "SGD",
  "CNY",
] as const;
export type Currency = (typeof currencies)[number];

/** ISO 4217 minor-unit digits: 2 for every supported currency but the yen, which has none. */
export const minorUnitDigits: Readonly<Record<Currency, number>> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CAD: 2,
  INR: 2,
  JPY: 0,
  CHF: 2,
  AUD: 2,
  SGD: 2,
  CNY: 2,
};

export const currencyNames: Readonly<Record<Currency, string>> = {
  USD: "US dollar",
  EUR: "Euro",
  GBP: "Pound sterling",
  CAD: "Canadian dollar",
  INR: "Indian rupee",
  JPY: "Japanese yen",
  CHF: "Swiss franc",
  AUD: "Australian dollar",
  SGD: "Singapore dollar",
  CNY: "Chinese yuan",
};

export function isCurrency(code: string): code is Currency {
  return (currencies as readonly string[]).includes(code);
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(currency: Currency, digits: number): Intl.NumberFormat {
  const key = `${currency}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * 90500000 USD → "$905,000"; 12345 EUR → "€123.45"; 905000 JPY → "¥905,000". Like
 * `formatCents`, the minor part is shown only when there is some.
 */
export function formatMoney(minor: number, currency: Currency): string {
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`The amount must be a whole number of minor units, got ${minor}`);
  }
  const digits = minorUnitDigits[currency];
  const scale = 10 ** digits;
  const hasFraction = minor % scale !== 0;
  return formatter(currency, hasFraction ? digits : 0).format(minor / scale);
}

/** "280000.5" in a currency's major units → minor units; null when it is not such a number. */
export function parseMajorUnits(text: string, currency: Currency): number | null {
  const digits = minorUnitDigits[currency];
  const cleaned = text.replace(/[^\d.-]/g, "");
  const pattern = digits === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+(\\.\\d{1,${digits}})?$`);
  if (!pattern.test(cleaned)) return null;
  const [whole = "0", fraction = ""] = cleaned.replace("-", "").split(".");
  const value = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return cleaned.startsWith("-") ? -value : value;
}

/** Minor units → a plain decimal string in major units ("1234.5" → "1234.50"; JPY "1234"). */
export function minorToDecimalString(minor: number, currency: Currency): string {
  const digits = minorUnitDigits[currency];
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const scale = 10 ** digits;
  return `${sign}${Math.trunc(abs / scale)}.${String(abs % scale).padStart(digits, "0")}`;
}

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
