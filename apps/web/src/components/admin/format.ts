import { type DataPointInput, formatFigure } from "@aiml/domain";

const dateTime = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** "Nov 21, 2026, 8:13 PM UTC": in UTC, so the server and the browser render the same text. */
export function formatWhen(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? "—" : `${dateTime.format(date)} UTC`;
}

/** A data point's figure as the public pages say it: "$344,000", "$98,000–$148,000". */
export function describePoint(point: DataPointInput): string {
  return formatFigure({
    statistic: point.statistic,
    unit: point.unit,
    value: point.value ?? null,
    low: point.low ?? null,
    high: point.high ?? null,
    highOpen: point.highOpen,
    approximate: point.approximate,
  });
}

/** Only http(s) addresses become links; anything else is shown as text. */
export function isHttpUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
