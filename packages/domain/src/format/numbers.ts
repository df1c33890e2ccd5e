import type { BenchmarkFigure } from "../benchmarks/figure";
import type { DatePrecision, Unit } from "../benchmarks/vocabulary";

const usd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});
const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** $206,000 */
export function formatUsd(amount: number): string {
  return usd.format(amount);
}

/** $206k, $1.6M, $503.4B */
export function formatUsdCompact(amount: number): string {
  return `${amount < 0 ? "-" : ""}$${formatCompactNumber(Math.abs(amount))}`;
}

/** 518k, 1.6M, 170M */
export function formatCompactNumber(n: number): string {
  const abs = Math.abs(n);
  const scaled = (divisor: number, suffix: string) =>
    `${plain.format(Math.round((n / divisor) * 10) / 10)}${suffix}`;
  if (abs >= 1e12) return scaled(1e12, "T");
  if (abs >= 1e9) return scaled(1e9, "B");
  if (abs >= 1e6) return scaled(1e6, "M");
  if (abs >= 1e4) return scaled(1e3, "k");
  return plain.format(n);
}

/**
 * A count as a whole number: a computed count such as 49,200 ÷ 2.63 = 18,707.2 postings is an
 * estimate, so it is rounded to three significant digits (18,700); a whole count stays as is.
 */
export function wholeCount(n: number): number {
  if (Number.isInteger(n) || !Number.isFinite(n)) return n;
  const whole = Math.round(n);
  return Math.abs(whole) >= 1000 ? Number(whole.toPrecision(3)) : whole;
}

const ordinal = new Intl.PluralRules("en-US", { type: "ordinal" });
const ordinalSuffix: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };

/** Formats one amount in its unit: $206,000 · 26% · 3.2 : 1 · 1.6M · 4th */
export function formatAmount(
  amount: number,
  unit: Unit,
  options: { compact?: boolean } = {},
): string {
  switch (unit) {
    case "usd_per_year":
    case "usd":
      return options.compact || Math.abs(amount) >= 1e7
        ? formatUsdCompact(amount)
        : formatUsd(amount);
    case "percent":
    case "percent_change":
      return `${plain.format(amount)}%`;
    case "ratio":
      return `${plain.format(amount)} : 1`;
    case "count": {
      const whole = wholeCount(amount);
      return options.compact || Math.abs(whole) >= 1e6
        ? formatCompactNumber(whole)
        : plain.format(whole);
    }
    case "rank":
      return `${amount}${ordinalSuffix[ordinal.select(amount)] ?? "th"}`;
  }
}

type FigureValue = Pick<
  BenchmarkFigure,
  "statistic" | "unit" | "value" | "low" | "high" | "highOpen" | "approximate"
>;

/**
 * The figure as a reader would say it: "$344,000", "$98,000–$148,000",
 * "$199,000 to $743,000 or more", "up to $806,000 or more", "more than $300B".
 */
export function formatFigure(figure: FigureValue, options: { compact?: boolean } = {}): string {
  const f = (n: number) => formatAmount(n, figure.unit, options);
  // A count that is not whole was computed: shown rounded, so it is "about" that many.
  const estimatedCount =
    figure.unit === "count" &&
    [figure.value, figure.low, figure.high].some((n) => n !== null && !Number.isInteger(n));
  const about = figure.approximate || estimatedCount ? "about " : "";
  const orMore = figure.highOpen ? " or more" : "";
  const { low, high, value } = figure;
  if (figure.statistic === "max" && value !== null) return `up to ${f(value)}${orMore}`;
  if (figure.statistic === "min" && value !== null) return `${f(value)}${orMore || " or more"}`;
  if (figure.statistic === "range" || (value === null && low !== null)) {
    if (low !== null && high !== null) {
      return figure.highOpen ? `${f(low)} to ${f(high)} or more` : `${f(low)}–${f(high)}`;
    }
    if (low !== null) return `${f(low)} or more`;
  }
  return value === null ? "—" : `${about}${f(value)}`;
}

/** A range shown beside a central value: "range $199,000 to $743,000 or more". */
export function formatRange(
  figure: FigureValue,
  options: { compact?: boolean } = {},
): string | null {
  if (figure.low === null || figure.high === null) return null;
  const f = (n: number) => formatAmount(n, figure.unit, options);
  return figure.highOpen
    ? `${f(figure.low)} to ${f(figure.high)} or more`
    : `${f(figure.low)}–${f(figure.high)}`;
}

const monthYear = new Intl.DateTimeFormat("en-US", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const fullDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** "2025", "Mar 2025" or "Mar 4, 2025", as precise as the source is. */
export function formatAsOf(isoDate: string, precision: DatePrecision): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (precision === "year") return String(date.getUTCFullYear());
  if (precision === "month") return monthYear.format(date);
  return fullDate.format(date);
}
