import { z } from "zod";
import { isoDateMs } from "./time-axis";

/** How much of a long series a chart draws: the URL's `period`. */
export const chartPeriods = ["1y", "3y", "all"] as const;
export type ChartPeriod = (typeof chartPeriods)[number];
export const chartPeriodSchema = z.enum(chartPeriods);

export const chartPeriodNames: Record<ChartPeriod, string> = {
  "1y": "1 year",
  "3y": "3 years",
  all: "All",
};

/** The first ISO date a period shows, counted back from the latest date of the series. */
export function periodStart(latest: string, period: ChartPeriod): string | null {
  if (period === "all") return null;
  const d = new Date(isoDateMs(latest));
  d.setUTCFullYear(d.getUTCFullYear() - (period === "1y" ? 1 : 3));
  return d.toISOString().slice(0, 10);
}
