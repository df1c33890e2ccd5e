import { describe, expect, it } from "vitest";
import {
  formatAmount,
  formatAsOf,
  formatCompactNumber,
  formatFigure,
  formatRange,
  wholeCount,
} from "../src";

const figure = (over: Partial<Parameters<typeof formatFigure>[0]>) => ({
  statistic: "point" as const,
  unit: "usd_per_year" as const,
  value: null,
  low: null,
  high: null,
  highOpen: false,
  approximate: false,
  ...over,
});

describe("formatAmount", () => {
  it("formats money, percents, ratios, counts and ranks as a reader expects", () => {
    expect(formatAmount(206000, "usd_per_year")).toBe("$206,000");
    expect(formatAmount(206000, "usd_per_year", { compact: true })).toBe("$206k");
    expect(formatAmount(503_400_000_000, "usd")).toBe("$503.4B");
    expect(formatAmount(26, "percent_change")).toBe("26%");
    expect(formatAmount(19.7, "percent")).toBe("19.7%");
    expect(formatAmount(3.2, "ratio")).toBe("3.2 : 1");
    expect(formatAmount(1_600_000, "count")).toBe("1.6M");
    expect(formatAmount(49_200, "count")).toBe("49,200");
    expect(formatAmount(4, "rank")).toBe("4th");
    expect(formatAmount(2, "rank")).toBe("2nd");
  });

  it("compacts large counts", () => {
    expect(formatCompactNumber(518_000)).toBe("518k");
    expect(formatCompactNumber(170_000_000)).toBe("170M");
    expect(formatCompactNumber(950)).toBe("950");
  });
});

describe("formatFigure", () => {
  it("shows a central value, marking approximations", () => {
    expect(formatFigure(figure({ value: 260750, statistic: "median" }))).toBe("$260,750");
    expect(formatFigure(figure({ value: 1_600_000, unit: "count", approximate: true }))).toBe(
      "about 1.6M",
    );
  });

  it("shows ranges, and open-ended tops as 'or more', never as a made-up number", () => {
    expect(formatFigure(figure({ statistic: "range", low: 98000, high: 148000 }))).toBe(
      "$98,000–$148,000",
    );
    expect(
      formatFigure(figure({ statistic: "range", low: 199000, high: 743000, highOpen: true })),
    ).toBe("$199,000 to $743,000 or more");
    expect(formatFigure(figure({ statistic: "min", value: 550000, highOpen: true }))).toBe(
      "$550,000 or more",
    );
    expect(formatFigure(figure({ statistic: "max", value: 806000, highOpen: true }))).toBe(
      "up to $806,000 or more",
    );
  });

  it("formats the range beside a median", () => {
    const google = figure({
      statistic: "median",
      value: 344000,
      low: 199000,
      high: 743000,
      highOpen: true,
    });
    expect(formatFigure(google)).toBe("$344,000");
    expect(formatRange(google)).toBe("$199,000 to $743,000 or more");
    expect(formatRange(figure({ value: 1 }))).toBeNull();
  });
});

describe("formatAsOf", () => {
  it("is only as precise as the source", () => {
    expect(formatAsOf("2025-01-01", "year")).toBe("2025");
    expect(formatAsOf("2025-03-01", "month")).toBe("Mar 2025");
    expect(formatAsOf("2025-03-04", "day")).toBe("Mar 4, 2025");
  });
});

describe("counts are whole numbers", () => {
  it("rounds a computed count and says it is about that many", () => {
    expect(wholeCount(18_707.2)).toBe(18_700);
    expect(wholeCount(12.4)).toBe(12);
    expect(wholeCount(49_200)).toBe(49_200);
    expect(formatAmount(18_707.2, "count")).toBe("18,700");
    expect(
      formatFigure({
        statistic: "point",
        unit: "count",
        value: 18_707.2,
        low: null,
        high: null,
        highOpen: false,
        approximate: false,
      }),
    ).toBe("about 18,700");
    expect(
      formatFigure({
        statistic: "point",
        unit: "count",
        value: 49_200,
        low: null,
        high: null,
        highOpen: false,
        approximate: false,
      }),
    ).toBe("49,200");
  });
});
