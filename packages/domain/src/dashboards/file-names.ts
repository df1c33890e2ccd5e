import type { DashboardFilters } from "./filters";
import type { DashboardPage } from "./pages";

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);

/**
 * The name a download is saved under: what it is and for which view, then the day it was taken,
 * e.g. "aiml-pay-pay-by-level-level-senior-2026-12-07.csv". Only the filters that are set appear.
 */
export function downloadFileName(
  page: DashboardPage,
  chartId: string,
  filters: Partial<DashboardFilters>,
  day: Date,
  extension: "csv" | "svg",
): string {
  const parts = ["aiml", page, chartId];
  for (const [name, value] of Object.entries(filters)) {
    if (value === undefined || (name === "comp" && value === "all")) continue;
    const text = Array.isArray(value) ? value.join("-") : String(value);
    if (text !== "") parts.push(slug(name), slug(text));
  }
  parts.push(day.toISOString().slice(0, 10));
  return `${parts.filter(Boolean).join("-")}.${extension}`;
}
