import { describe, expect, it } from "vitest";
import { filtersToQuery, parseDashboardFilters } from "../../src";

describe("parseDashboardFilters", () => {
  it("reads valid parameters", () => {
    expect(
      parseDashboardFilters("pay", {
        comp: "base",
        level: "senior",
        sort: "label",
        highlight: "Google, Meta",
      }),
    ).toEqual({
      filters: { comp: "base", level: "senior", sort: "label", highlight: ["Google", "Meta"] },
      notices: [],
    });
  });

  it("ignores invalid and unknown parameters with a notice each", () => {
    const { filters, notices } = parseDashboardFilters("pay", {
      level: "wizard",
      zoom: "9",
      sort: "up",
    });
    expect(filters).toEqual({ comp: "all", highlight: [] });
    expect(notices).toEqual([
      "Ignored level=“wizard”: expected one of entry, mid, senior, staff, principal, lead.",
      "Ignored the unknown parameter “zoom”.",
      "Ignored sort=“up”: expected one of source, value-desc, value-asc, label.",
    ]);
  });

  it("ignores filters a page does not have", () => {
    const { filters, notices } = parseDashboardFilters("growth", {
      level: "senior",
      sort: "label",
    });
    expect(filters.level).toBeUndefined();
    expect(filters.sort).toBe("label");
    expect(notices).toEqual(["Ignored the unknown parameter “level”."]);
  });

  it("treats empty fields as unset and takes the last of repeated ones", () => {
    expect(parseDashboardFilters("pay", { level: "", sort: ["label", "value-asc"] })).toEqual({
      filters: { comp: "all", sort: "value-asc", highlight: [] },
      notices: [],
    });
  });

  it("rejects overlong highlight lists", () => {
    const many = Array.from({ length: 11 }, (_, i) => `C${i}`).join(",");
    expect(parseDashboardFilters("pay", { highlight: many }).notices[0]).toMatch(/up to 10/);
  });

  it("round-trips through the URL", () => {
    const { filters } = parseDashboardFilters("pay", { comp: "total", highlight: "Apple" });
    expect(filtersToQuery(filters)).toEqual({ comp: "total", highlight: "Apple" });
  });
});

describe("open-data filters", () => {
  it("reads a period, a state, an occupation and a price basis from the URL", () => {
    expect(parseDashboardFilters("demand", { period: "1y", state: "ca" }).filters).toMatchObject({
      period: "1y",
      state: "CA",
    });
    expect(
      parseDashboardFilters("pay", { occupation: "data-scientists", prices: "adjusted" }).filters,
    ).toMatchObject({ occupation: "data-scientists", prices: "adjusted" });
  });
  it("ignores an unknown state or period with a notice", () => {
    const { filters, notices } = parseDashboardFilters("demand", { period: "2y", state: "ZZ" });
    expect(filters.period).toBeUndefined();
    expect(filters.state).toBeUndefined();
    expect(notices).toHaveLength(2);
    expect(notices[1]).toContain("two-letter postal code");
  });
  it("writes them back into the URL", () => {
    expect(
      filtersToQuery({ comp: "all", highlight: [], period: "3y", state: "NY", prices: "adjusted" }),
    ).toEqual({ period: "3y", state: "NY", prices: "adjusted" });
  });
});
