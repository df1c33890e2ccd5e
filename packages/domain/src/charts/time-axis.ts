import { scaleUtc } from "d3-scale";
import type { AxisTick } from "./value-axis";

const monthYear = new Intl.DateTimeFormat("en-US", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** Milliseconds of an ISO date (yyyy-mm-dd) at midnight UTC. */
export const isoDateMs = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

export interface TimeAxis {
  domain: [string, string];
  ticks: AxisTick[];
  position: (isoDate: string) => number;
}

/**
 * A time axis from the first to the last ISO date with d3's calendar ticks: years where the
 * span is long ("2021"), months where it is short ("Mar 2025").
 */
export function timeAxis(start: string, end: string, tickCount = 6): TimeAxis {
  const from = new Date(isoDateMs(start));
  const to = new Date(Math.max(isoDateMs(end), isoDateMs(start) + 86_400_000));
  const scale = scaleUtc().domain([from, to]).range([0, 1]).clamp(true);
  const ticks = scale.ticks(tickCount);
  const yearsOnly = ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1);
  return {
    domain: [start, end],
    ticks: ticks.map((t) => ({
      value: t.getTime(),
      label: yearsOnly ? String(t.getUTCFullYear()) : monthYear.format(t),
      at: scale(t),
    })),
    position: (iso: string) => scale(new Date(isoDateMs(iso))),
  };
}

/** A year axis (2014 … 2034) with one tick per `step` years, ends included. */
export function yearAxis(first: number, last: number, maxTicks = 7): TimeAxis {
  const span = Math.max(1, last - first);
  const step = [1, 2, 5, 10, 20].find((s) => span / s <= maxTicks - 1) ?? Math.ceil(span / 6);
  const ticks: AxisTick[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) {
    ticks.push({ value: y, label: String(y), at: (y - first) / span });
  }
  return {
    domain: [`${first}-01-01`, `${last}-01-01`],
    ticks,
    position: (iso: string) => (Number(iso.slice(0, 4)) - first) / span,
  };
}
