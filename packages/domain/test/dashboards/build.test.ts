import { describe, expect, it } from "vitest";
import {
  buildDashboard,
  chartCatalog,
  type DashboardFilters,
  dashboardPages,
  MAX_CHART_ROWS,
  MAX_CHART_SOURCES,
  sourcesOnlyDatasets,
} from "../../src";
import { seedFigures } from "./seed-figures";

const figures = seedFigures();
const noFilters: DashboardFilters = { comp: "all", highlight: [] };
const chart = (page: (typeof dashboardPages)[number], id: string, filters = noFilters) => {
  const found = buildDashboard(page, figures, filters).find((c) => c.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
};

describe("the chart catalogue", () => {
  it("puts every seeded market figure on at least one chart", () => {
    const drawn = new Set(
      dashboardPages.flatMap((page) =>
        buildDashboard(page, figures, noFilters).flatMap((c) => c.rows.map((r) => r.id)),
      ),
    );
    const missing = figures
      .filter((f) => !sourcesOnlyDatasets.includes(f.source.datasetSlug))
      .filter((f) => !drawn.has(f.id))
      .map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it("draws each bar chart in a single unit", () => {
    for (const spec of chartCatalog.filter((c) => c.kind === "bars")) {
      const units = new Set(figures.filter(spec.select).map((f) => f.unit));
      expect([...units], spec.id).toEqual(spec.unit ? [spec.unit] : []);
    }
  });

  it("has unique chart ids", () => {
    expect(new Set(chartCatalog.map((c) => c.id)).size).toBe(chartCatalog.length);
  });
});

describe("buildDashboard", () => {
  it("sorts companies by median, highest first, keeping open-ended tops", () => {
    const companies = chart("pay", "pay-by-company");
    expect(companies.rows.map((r) => r.rowLabel)).toEqual([
      "Snap · Senior",
      "Apple",
      "Google",
      "Meta",
      "Amazon",
    ]);
    expect(companies.rows.find((r) => r.company === "Google")).toMatchObject({
      value: 344000,
      low: 199000,
      high: 743000,
      highOpen: true,
    });
  });

  it("sorts by the chosen order", () => {
    const rows = chart("pay", "pay-by-company", { ...noFilters, sort: "label" }).rows;
    expect(rows.map((r) => r.company)).toEqual(["Amazon", "Apple", "Google", "Meta", "Snap"]);
    const asc = chart("pay", "pay-by-company", { ...noFilters, sort: "value-asc" }).rows;
    expect(asc[0]?.company).toBe("Amazon");
  });

  it("filters by level and says what it hid", () => {
    const senior = chart("pay", "pay-by-level", { ...noFilters, level: "senior" });
    expect(senior.rows.every((r) => r.level === "senior")).toBe(true);
    expect(senior.rows.length).toBeGreaterThan(0);
    expect(senior.hiddenNote).toMatch(/other or unstated levels hidden/);
  });

  it("filters base against total comp, hiding figures whose kind the source does not state", () => {
    const base = chart("pay", "pay-by-location", { ...noFilters, comp: "base" });
    expect(base.rows.every((r) => r.metric === "base_salary")).toBe(true);
    expect(base.hiddenNote).toMatch(/does not say which/);
    const total = chart("pay", "pay-by-level", { ...noFilters, comp: "total" });
    expect(total.rows.map((r) => r.key)).toEqual(["total-comp.staff.top-companies"]);
  });

  it("explains an empty chart", () => {
    const empty = chart("pay", "pay-by-industry", { ...noFilters, level: "entry" });
    expect(empty.rows).toEqual([]);
    expect(empty.emptyMessage).toBe("No figures match the current filters (level: Entry).");
    const unpublished = buildDashboard("pay", [], noFilters)[0];
    expect(unpublished?.emptyMessage).toBe("No published dataset provides these figures yet.");
  });

  it("highlights the named companies, case-insensitively", () => {
    const rows = chart("pay", "pay-by-company", {
      ...noFilters,
      highlight: ["google", "META"],
    }).rows;
    expect(rows.filter((r) => r.highlighted).map((r) => r.company)).toEqual(["Google", "Meta"]);
  });

  it("lists each chart's sources once", () => {
    const sources = chart("pay", "pay-by-specialization").sources.map((s) => s.datasetSlug);
    expect(new Set(sources).size).toBe(sources.length);
    expect(sources).toContain("ziprecruiter-2025");
  });

  it("attaches computed figures, flagging where the source disagrees with its own inputs", () => {
    const ratio = chart("demand", "demand-supply-ratio").computed.find(
      (c) => c.id === "demand-supply-ratio.computed",
    );
    expect(ratio?.value).toBeCloseTo(1_600_000 / 518_000, 10);
    expect(ratio?.comparison?.agrees).toBe(false);

    const net = chart("growth", "jobs-2030").computed.find(
      (c) => c.id === "jobs-net.2030.computed",
    );
    expect(net?.value).toBe(78_000_000);
    expect(net?.comparison?.agrees).toBe(true);

    const annualized = chart("top-of-market", "composite-packages").computed.filter((c) =>
      c.id.startsWith("annualized-total-comp."),
    );
    expect(annualized.map((c) => [c.value, c.comparison?.agrees])).toEqual([
      [1_032_500, false],
      [990_000, false],
    ]);
  });

  it("drops a computed figure whose anchor the filters hide", () => {
    const mid = chart("pay", "pay-by-level", { ...noFilters, level: "entry" }).computed;
    expect(mid.some((c) => c.id.includes(".mid."))).toBe(false);
    expect(mid.some((c) => c.id.includes(".entry."))).toBe(true);
  });
});

describe("long charts", () => {
  // Each seeded figure 40 times over, as if 40 datasets reported the same companies.
  const many = Array.from({ length: 40 }, (_, copy) =>
    figures.map((f) => ({
      ...f,
      id: `${f.id}-${copy}`,
      value: f.value === null ? null : f.value + copy,
      company: f.company && copy === 39 ? `${f.company} Copy` : f.company,
    })),
  ).flat();

  it("show the top rows in the chart's order and count the rest; the CSV asks for all", () => {
    const all = buildDashboard("pay", many, noFilters, { maxRows: Number.POSITIVE_INFINITY });
    const top = buildDashboard("pay", many, noFilters);
    const full = all.find((c) => c.id === "pay-by-company");
    const capped = top.find((c) => c.id === "pay-by-company");
    expect(full?.rows.length).toBeGreaterThan(MAX_CHART_ROWS);
    expect(full?.omittedRows).toBe(0);
    expect(capped?.rows).toEqual(full?.rows.slice(0, MAX_CHART_ROWS));
    expect(capped?.omittedRows).toBe((full?.rows.length ?? 0) - MAX_CHART_ROWS);
  });

  it("name at most a few sources and count the others", () => {
    // Copy n of each figure comes from dataset n mod 10.
    const fromManyDatasets = many.map((f) => ({
      ...f,
      source: {
        ...f.source,
        datasetSlug: `${f.source.datasetSlug}-${Number(f.id.split("-").at(-1)) % 10}`,
      },
    }));
    const companies = buildDashboard("pay", fromManyDatasets, noFilters).find(
      (c) => c.id === "pay-by-company",
    );
    const named = new Set(companies?.rows.map((r) => r.source.datasetSlug));
    expect(named.size).toBeGreaterThan(MAX_CHART_SOURCES);
    expect(companies?.sources).toHaveLength(MAX_CHART_SOURCES);
    expect(companies?.omittedSources).toBe(named.size - MAX_CHART_SOURCES);
    expect(chart("pay", "pay-by-company").omittedSources).toBe(0);
  });

  it("always show a highlighted company, wherever it ranks", () => {
    const lowest = buildDashboard("pay", many, noFilters, { maxRows: Number.POSITIVE_INFINITY })
      .find((c) => c.id === "pay-by-company")
      ?.rows.at(-1);
    expect(lowest?.company).toBeTruthy();
    const highlighted = buildDashboard("pay", many, {
      ...noFilters,
      highlight: [lowest?.company ?? ""],
    }).find((c) => c.id === "pay-by-company");
    expect(highlighted?.rows.slice(0, MAX_CHART_ROWS).some((r) => r.highlighted)).toBe(false);
    expect(highlighted?.rows.at(-1)).toMatchObject({ id: lowest?.id, highlighted: true });
  });
});
