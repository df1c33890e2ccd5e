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
