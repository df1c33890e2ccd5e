import { formatCompactNumber } from "../format/numbers";
import type { ChartUnit } from "./units";

const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * A value-axis tick, short enough to sit beside a gridline: $120k, $1.5M, 26%, 1.6M, 105, 3.5.
 * Ticks come from a nice scale, so one decimal is as fine as they get above a thousand.
 */
export function formatTick(value: number, unit: ChartUnit): string {
  switch (unit) {
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
