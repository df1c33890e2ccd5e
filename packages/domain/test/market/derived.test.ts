import { describe, expect, it } from "vitest";
import type { BenchmarkFigure } from "../../src";
import {
  buildFigureLookup,
  type DerivedFigureDefinition,
  derivedFigureRefs,
  evaluateDerivedFigure,
  evaluateDerivedFigures,
  type FigureLike,
  figureRefKey,
  formulaInputs,
} from "../../src/market";

const fig = (value: number | null, over: Partial<FigureLike> = {}): FigureLike => ({
  value,
  low: null,
  high: null,
  unit: "count",
  ...over,
});

const ratio: DerivedFigureDefinition = {
  id: "test.ratio",
  title: "Open positions per candidate",
  topic: "demand",
  unit: "ratio",
  formula: {
    kind: "ratio",
    numerator: { ref: { datasetSlug: "d", key: "open" } },
    denominator: { ref: { datasetSlug: "d", key: "candidates" } },
  },
  explanation: "open ÷ candidates",
  stated: { ref: { datasetSlug: "d", key: "ratio" } },
};

const premium: DerivedFigureDefinition = {
  id: "test.premium",
  title: "Premium in dollars",
  topic: "pay",
  unit: "usd_per_year",
  formula: {
    kind: "premium-in-dollars",
    baseline: { ref: { datasetSlug: "d", key: "avg" } },
    percentLow: { ref: { datasetSlug: "d", key: "pct" }, field: "low" },
    percentHigh: { ref: { datasetSlug: "d", key: "pct" }, field: "high" },
  },
  explanation: "avg × pct",
  stated: { ref: { datasetSlug: "d", key: "usd" }, decimals: -3 },
};

describe("figureRefKey", () => {
  it("names a figure as its dataset slug and key, joined by a slash", () => {
    expect(figureRefKey({ datasetSlug: "hakia-guide", key: "open-positions" })).toBe(
      "hakia-guide/open-positions",
    );
  });
});

describe("evaluateDerivedFigure", () => {
  const lookup = new Map<string, FigureLike>([
    ["d/open", fig(1_600_000, { approximate: true })],
    ["d/candidates", fig(518_000)],
    ["d/ratio", fig(3.2, { unit: "ratio" })],
  ]);

  it("computes from a map, lists the inputs it used and compares with the stated figure", () => {
    const r = evaluateDerivedFigure(ratio, lookup);
    expect(r.status).toBe("computed");
    expect(r.value).toBeCloseTo(3.089, 3);
    expect(r.low).toBeNull();
    expect(r.unit).toBe("ratio");
    expect(r.approximate).toBe(true);
    expect(r.missingInputs).toEqual([]);
    expect(r.inputs).toEqual([
      {
        role: "numerator",
        ref: { datasetSlug: "d", key: "open" },
        field: "value",
        amount: 1_600_000,
        unit: "count",
        approximate: true,
      },
      {
        role: "denominator",
        ref: { datasetSlug: "d", key: "candidates" },
        field: "value",
        amount: 518_000,
        unit: "count",
        approximate: false,
      },
    ]);
    expect(r.stated).toMatchObject({ value: 3.2, unit: "ratio" });
    expect(r.comparison?.agrees).toBe(false);
    expect(r.comparison?.value?.stated).toBe(3.2);
  });

  it("takes a lookup function too", () => {
    const r = evaluateDerivedFigure(ratio, (key) => lookup.get(key));
    expect(r.value).toBeCloseTo(3.089, 3);
  });

  it("reports missing figures and figures without the number it needs, and computes nothing", () => {
    const r = evaluateDerivedFigure(ratio, new Map([["d/open", fig(null, { low: 1, high: 2 })]]));
    expect(r.status).toBe("missing-inputs");
    expect(r.value).toBeNull();
    expect(r.stated).toBeUndefined();
    expect(r.comparison).toBeUndefined();
    expect(r.missingInputs).toEqual([
      {
        role: "numerator",
        ref: { datasetSlug: "d", key: "open" },
        field: "value",
        reason: "no-amount",
      },
      {
        role: "denominator",
        ref: { datasetSlug: "d", key: "candidates" },
        field: "value",
        reason: "not-found",
      },
    ]);
  });

  it("computes without a comparison when the stated figure is absent", () => {
    const partial = new Map(lookup);
    partial.delete("d/ratio");
    const r = evaluateDerivedFigure(ratio, partial);
    expect(r.status).toBe("computed");
    expect(r.stated).toBeUndefined();
    expect(r.comparison).toBeUndefined();
  });

  it("reports inputs that make the formula meaningless instead of throwing", () => {
    const r = evaluateDerivedFigure(
      ratio,
      new Map([
        ["d/open", fig(10)],
        ["d/candidates", fig(0)],
      ]),
    );
    expect(r.status).toBe("invalid");
    expect(r.value).toBeNull();
    expect(r.error).toBe("Cannot divide by a count of zero");
  });

  it("computes a range bound by bound and compares each with the stated range", () => {
    const r = evaluateDerivedFigure(
      premium,
      new Map([
        ["d/avg", fig(206_000, { unit: "usd_per_year" })],
        ["d/pct", fig(null, { unit: "percent_change", low: 40, high: 60 })],
        ["d/usd", fig(null, { unit: "usd_per_year", low: 82_000, high: 110_000 })],
      ]),
    );
    expect(r).toMatchObject({ status: "computed", value: null, low: 82_400, high: 123_600 });
    expect(r.comparison?.low?.agrees).toBe(true);
    expect(r.comparison?.high?.agrees).toBe(false);
    expect(r.comparison?.agrees).toBe(false);
  });

  it("will not read the high bound of an open-ended range", () => {
    const r = evaluateDerivedFigure(
      premium,
      new Map([
        ["d/avg", fig(206_000, { unit: "usd_per_year" })],
        ["d/pct", fig(null, { unit: "percent_change", low: 40, high: 60, highOpen: true })],
      ]),
    );
    expect(r.status).toBe("invalid");
    expect(r.error).toContain("d/pct has an open-ended top");
  });

  it("evaluates many definitions at once", () => {
    expect(evaluateDerivedFigures([ratio, premium], lookup).map((r) => r.status)).toEqual([
      "computed",
      "missing-inputs",
    ]);
  });
});

describe("formulaInputs and derivedFigureRefs", () => {
  it("names every input with its part in the formula, and adds the stated figure", () => {
    expect(
      formulaInputs(premium.formula).map((s) => `${s.role}:${s.input.field ?? "value"}`),
    ).toEqual(["baseline:value", "percentLow:low", "percentHigh:high"]);
    expect(derivedFigureRefs(premium).map(figureRefKey)).toEqual([
      "d/avg",
      "d/pct",
      "d/pct",
      "d/usd",
    ]);
  });

  it("leaves out the optional parts of a package the formula does not use", () => {
    const roles = formulaInputs({
      kind: "annualized-total-comp",
      base: { ref: { datasetSlug: "d", key: "base" } },
      equity: { ref: { datasetSlug: "d", key: "equity" } },
    }).map((s) => s.role);
    expect(roles).toEqual(["base", "equity"]);
  });
});

describe("buildFigureLookup", () => {
  it("keys published figures by their dataset slug and key", () => {
    const figure = {
      key: "open-positions",
      value: 1_600_000,
      low: null,
      high: null,
      unit: "count",
      source: { datasetSlug: "hakia-guide" },
    } as unknown as BenchmarkFigure;
    const lookup = buildFigureLookup([figure]);
    expect(lookup.get("hakia-guide/open-positions")).toBe(figure);
  });
});
