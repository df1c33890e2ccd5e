import { formatCompactNumber } from "../format/numbers";
import type { ChartUnit } from "./units";

const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * A value-axis tick, short enough to sit beside a gridline: $120k, $1.5M, 26%, 1.6M, 105, 3.5.
 * Ticks come from a nice scale, so one decimal is as fine as they get above a thousand.
 */
export function formatTick(value: number, unit: ChartUnit): string {
  switch (unit) {
    case "usd_per_hour":
      return `$${plain.format(value)}`;
    case "count_thousands":
      return compact(value * 1000);
    case "usd":
    case "usd_per_year": {
      const sign = value < 0 ? "-" : "";
      const abs = Math.abs(value);
      return `${sign}$${abs >= 1000 ? compact(abs) : plain.format(abs)}`;
    }
    case "percent":
    case "percent_change":
      return `${plain.format(value)}%`;
    case "count":
      return Math.abs(value) >= 1000 ? compact(value) : plain.format(value);
    case "ratio":
    case "index":
    case "price_parity":
    case "rank":
      return plain.format(value);
  }
}

/** 1k, 1.5k, 120k, 1.6M: formatCompactNumber, but thousands below 10,000 as k as well. */
function compact(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1000 && abs < 1e4) return `${plain.format(Math.round((n / 1000) * 10) / 10)}k`;
  return formatCompactNumber(n);
}

const exactUsd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});
const cents = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** A value as exact as its source gives it, for tips and tables: $132,450 · 104.23 · 3.1%. */
export function formatChartValue(value: number, unit: ChartUnit): string {
  switch (unit) {
    case "usd":
    case "usd_per_year":
      return exactUsd.format(value);
    case "usd_per_hour":
      return cents.format(value);
    case "count":
      return whole.format(value);
    case "count_thousands":
      return whole.format(value * 1000);
    case "percent":
    case "percent_change":
      return `${plain.format(value)}%`;
    case "ratio":
      return `${plain.format(value)} : 1`;
    case "rank":
    case "index":
    case "price_parity":
      return plain.format(value);
  }
}

/** Thousands and millions in at most three digits: 97, 5.4k, 149k, 1.2M. */
function short(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e6) return `${Number((n / 1e6).toPrecision(2))}M`;
  if (abs >= 1e4) return `${Math.round(n / 1e3)}k`;
  if (abs >= 1e3) return `${Math.round(n / 100) / 10}k`;
  return String(Math.round(n));
}

/**
 * A value in the room of a map tile on a phone (about five characters): $149k, 97, 12%. The
 * exact value is in the tile's tip and in the table.
 */
export function formatTileValue(value: number, unit: ChartUnit): string {
  switch (unit) {
    case "usd":
    case "usd_per_year":
    case "usd_per_hour":
      return `${value < 0 ? "-" : ""}$${short(Math.abs(value))}`;
    case "count_thousands":
      return short(value * 1000);
    case "percent":
    case "percent_change":
      return `${Math.round(value)}%`;
    default:
      return short(value);
  }
}
