import { describe, expect, it } from "vitest";
import { buildDashboard, type DashboardFilters, summarizeBars } from "../../src";
import { seedFigures } from "./seed-figures";

const noFilters: DashboardFilters = { comp: "all", highlight: [] };
const chart = (id: string) => {
  const found = buildDashboard("growth", seedFigures(), noFilters).find((c) => c.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
};

describe("summarizeBars", () => {
  it("names the highest and lowest figures with their values", () => {
    const summary = summarizeBars(chart("employment-projections"));
    expect(summary).toBe(
      "Projected employment growth, 2024–2034: highest Data scientists at 34%, lowest Computer and information research scientists at 26%, across 2 figures.",
    );
  });
  it("states a single figure as it is, and says when there is none", () => {
    const { rows } = chart("employment-projections");
    const one = rows.slice(0, 1);
    expect(summarizeBars({ title: "T", rows: one, omittedRows: 0 })).toBe(
      `T: ${one[0]?.rowLabel} at 34%.`,
    );
    expect(summarizeBars({ title: "T", rows: [], omittedRows: 0 })).toBe("T: no figures.");
  });
});
