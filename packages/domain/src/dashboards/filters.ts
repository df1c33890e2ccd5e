import { z } from "zod";
import { occupationIds } from "../charts/occupations";
import { chartPeriods } from "../charts/periods";
import { stateTiles } from "../charts/state-tiles";
import { compFilters, levelFilters, sortOrders } from "./filter-values";
import type { DashboardPage } from "./pages";

export const dashboardFiltersSchema = z.object({
  comp: z.enum(compFilters).default("all"),
  level: z.enum(levelFilters).optional(),
  sort: z.enum(sortOrders).optional(),
  highlight: z.array(z.string().trim().min(1).max(60)).max(10).default([]),
  /** How much of a long series to draw. */
  period: z.enum(chartPeriods).optional(),
  /** A state to pick out on the maps (postal code). */
  state: z
    .string()
    .trim()
    .toUpperCase()
    .refine((s) => s in stateTiles, "a state's two-letter code")
    .optional(),
  occupation: z.enum(occupationIds).optional(),
  /** Pay as published, or adjusted for the state's price level. */
  prices: z.enum(["nominal", "adjusted"]).optional(),
});
export type DashboardFilters = z.infer<typeof dashboardFiltersSchema>;

/** Which URL parameters each page understands. */
export const pageFilterParams: Record<DashboardPage, readonly (keyof DashboardFilters)[]> = {
  demand: ["sort", "period", "state"],
  growth: ["sort", "occupation"],
  pay: ["comp", "level", "sort", "highlight", "occupation", "prices"],
  "top-of-market": [],
};

const describeAllowed: Record<keyof DashboardFilters, string> = {
  comp: `one of ${compFilters.join(", ")}`,
  level: `one of ${levelFilters.join(", ")}`,
  sort: `one of ${sortOrders.join(", ")}`,
  highlight: "up to 10 comma-separated company names",
  period: `one of ${chartPeriods.join(", ")}`,
  state: "a state's two-letter postal code, such as CA",
  occupation: `one of ${occupationIds.join(", ")}`,
  prices: "nominal or adjusted",
};

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads a page's filters from its URL. A parameter that is invalid or unknown to the page is
 * ignored, with a notice saying so; the page still renders.
 */
export function parseDashboardFilters(
  page: DashboardPage,
  searchParams: SearchParams,
): { filters: DashboardFilters; notices: string[] } {
  const allowed = pageFilterParams[page];
  const notices: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(searchParams)) {
    const single = Array.isArray(value) ? value[value.length - 1] : value;
    // An empty field from a plain form submission means "not set".
    if (single === undefined || single.trim() === "") continue;
    if (!(allowed as readonly string[]).includes(name)) {
      notices.push(`Ignored the unknown parameter “${name}”.`);
      continue;
    }
    const candidate =
      name === "highlight" ? (single ?? "").split(",").filter((s) => s.trim() !== "") : single;
    const field = dashboardFiltersSchema.shape[name as keyof DashboardFilters];
    if (field.safeParse(candidate).success) {
      raw[name] = candidate;
    } else {
      notices.push(
        `Ignored ${name}=“${String(single).slice(0, 80)}”: expected ${describeAllowed[name as keyof DashboardFilters]}.`,
      );
    }
  }
  return { filters: dashboardFiltersSchema.parse(raw), notices };
}
