import type { createCaller, OpenDataSource } from "@aiml/api";
import type { DashboardFilters, FigureSource } from "@aiml/domain";
import type { ReactElement } from "react";

export type Caller = ReturnType<typeof createCaller>;

export interface Standalone {
  width: number;
  title: string;
}

/** A chart drawn from the open data: what its card, its table, its CSV and its SVG show. */
export interface OpenChart {
  id: string;
  title: string;
  description: string;
  /** The interactive figure: legend, drawing, tips. */
  figure: ReactElement;
  /** The same drawing as a file (the SVG download). */
  drawing: (standalone: Standalone) => ReactElement;
  /** A short ranked list shown beside the figure on wide screens (a map's top and bottom). */
  beside?: {
    caption: string;
    rows: { rank: number; label: string; value: string; picked?: boolean }[];
  };
  /** Labels such as "computed", "a model", "older method", with what they mean. */
  notes: string[];
  sources: OpenDataSource[];
  /** Sources of article figures the chart draws (a stated market size, say). */
  figureSources?: FigureSource[];
  table: { caption: string; columns: string[]; rows: string[][]; highlightRow?: number };
  /** Header first; raw values, exactly the figures drawn. */
  csv: (string | number | boolean | null)[][];
}

export type OpenChartBuilder = (
  caller: Caller,
  filters: DashboardFilters,
) => Promise<OpenChart | null>;

/** "Aug 14, 2026", "May 2024", "2024": a period as precise as its series is. */
export function formatPeriod(period: string, precision: string): string {
  const date = new Date(`${period.slice(0, 10)}T00:00:00Z`);
  if (precision === "year" || precision === "span") return String(date.getUTCFullYear());
  if (precision === "month" || precision === "quarter")
    return date.toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
  return date.toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });
}

/** An index's base period as the data names it ("February 2020", short: "Feb 2020"), for "… = 100". */
export function indexBaseName(indexBase: string | null, length: "long" | "short" = "long"): string {
  if (!indexBase) return "the base period";
  if (length === "long") return formatPeriod(indexBase, "month");
  const date = new Date(`${indexBase.slice(0, 10)}T00:00:00Z`);
  return date.toLocaleDateString("en-US", { month: "short", year: "numeric", timeZone: "UTC" });
}

/** The credit a tip carries: publisher and, where the licence asks, the licence. */
export const creditOf = (s: OpenDataSource) =>
  s.licenceName && /CC BY/i.test(s.licenceName) ? `${s.publisher} (${s.licenceName})` : s.publisher;

const rangeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** "Feb 1 – 17, 2020": the days an averaged point stands for, or the one day. */
export function formatDayRange(start: string, end: string | null): string {
  const a = new Date(`${start.slice(0, 10)}T00:00:00Z`);
  if (!end || end.slice(0, 10) === start.slice(0, 10)) return rangeFormat.format(a);
  return rangeFormat.formatRange(a, new Date(`${end.slice(0, 10)}T00:00:00Z`));
}

/** The top and bottom of a ranking, and any item `keep` picks, for the list beside a map. */
export function rankedEnds<T>(
  sorted: T[],
  keep: (item: T) => boolean = () => false,
  show = 5,
): { rank: number; item: T }[] {
  const ranked = sorted.map((item, i) => ({ rank: i + 1, item }));
  return ranked.filter((r) => r.rank <= show || r.rank > ranked.length - show || keep(r.item));
}
