import { describe, expect, it } from "vitest";
import {
  type DerivedFigureResult,
  derivedFigureRefs,
  derivedFigures,
  evaluateDerivedFigure,
  figureRefKey,
  findDerivedFigure,
  formulaInputs,
} from "../../src/market";
import { seedLookup } from "./seed-files";

const lookup = seedLookup();

function evaluate(id: string): DerivedFigureResult {
  const definition = findDerivedFigure(id);
  if (!definition) throw new Error(`No derived figure ${id}`);
  return evaluateDerivedFigure(definition, lookup);
}

describe("the derived-figure catalogue", () => {
  it("has unique ids, titles and explanations", () => {
    const ids = derivedFigures.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of derivedFigures) {
      expect(d.title.length).toBeGreaterThan(5);
      expect(d.explanation.length).toBeGreaterThan(10);
    }
  });

  it("references only figures that exist in the seed data, with the numbers it reads", () => {
    for (const d of derivedFigures) {
      for (const ref of derivedFigureRefs(d)) {
        expect(lookup.has(figureRefKey(ref)), `${d.id} → ${figureRefKey(ref)}`).toBe(true);
      }
      for (const { input } of formulaInputs(d.formula)) {
        const figure = lookup.get(figureRefKey(input.ref));
        expect(
          figure?.[input.field ?? "value"],
          `${d.id} reads ${figureRefKey(input.ref)}`,
        ).not.toBeNull();
      }
    }
  });

  it("gives each result the unit of the figure it is compared with", () => {
    for (const d of derivedFigures) {
      if (!d.stated) continue;
      expect(lookup.get(figureRefKey(d.stated.ref))?.unit, d.id).toBe(d.unit);
    }
  });

  it("computes every derived figure from the seed data", () => {
    for (const d of derivedFigures) {
      const r = evaluateDerivedFigure(d, lookup);
      expect(r.status, `${d.id}: ${r.error ?? ""}`).toBe("computed");
      expect(r.missingInputs).toEqual([]);
      if (d.stated) expect(r.comparison, d.id).toBeDefined();
    }
  });
});

describe("derived figures from the seed data", () => {
  it("flags the guide's 3.2-to-1 ratio: its own counts give 3.09", () => {
    const r = evaluate("demand-supply-ratio.computed");
    expect(r.value).toBeCloseTo(3.09, 2);
    expect(r.stated?.value).toBe(3.2);
    expect(r.comparison?.agrees).toBe(false);
    expect(r.inputs.map((i) => figureRefKey(i.ref))).toEqual([
      "hakia-guide/open-positions",
      "hakia-guide/qualified-candidates",
    ]);
    expect(r.approximate).toBe(true);
  });

  it("puts the open positions at 32.5 times the 2025 job postings", () => {
    expect(evaluate("open-positions-per-posting").value).toBeCloseTo(32.52, 2);
  });

  it("implies about 18,707 postings in 2024", () => {
    const r = evaluate("job-postings.2024.implied");
    expect(r.value).toBeCloseTo(18_707.22, 2);
    expect(r.unit).toBe("count");
  });

  it("gives the ML market a compound annual growth of about 34.8%", () => {
    const r = evaluate("ml-market.cagr.2025-2030");
    expect(r.value).toBeCloseTo(34.8, 2);
    expect(r.unit).toBe("percent_change");
  });

  it("confirms the WEF net gain: 170M − 92M = 78M, as stated", () => {
    const r = evaluate("jobs-net.2030.computed");
    expect(r.value).toBe(78_000_000);
    expect(r.comparison).toMatchObject({
      agrees: true,
      value: { stated: 78_000_000, difference: 0 },
    });
  });

  it("implies a 2024 average salary of $156,000 and a 32.05% rise", () => {
    expect(evaluate("salary.mean.2024.implied").value).toBe(156_000);
    expect(evaluate("salary.mean.growth.2025.implied").value).toBeCloseTo(32.05, 2);
  });

  it("prices the percentage premiums on the $206,000 average, unlike the guide's own dollar figures", () => {
    const phd = evaluate("pay-premium.phd.dollars");
    expect([phd.low, phd.high]).toEqual([30_900, 61_800]);
    expect(phd.stated).toMatchObject({ low: 21_000, high: 55_000 });
    expect(phd.comparison?.agrees).toBe(false);

    const genai = evaluate("pay-premium.genai.dollars");
    expect([genai.low, genai.high]).toEqual([82_400, 123_600]);
    expect(genai.comparison?.low?.difference).toBe(26_400);
    expect(genai.comparison?.agrees).toBe(false);

    const mlops = evaluate("pay-premium.mlops.dollars");
    expect([mlops.low, mlops.high]).toEqual([51_500, 82_400]);
    expect(mlops.comparison?.agrees).toBe(false);

    const nlp = evaluate("pay-premium.nlp.dollars");
    expect([nlp.low, nlp.high]).toEqual([41_200, 72_100]);
    expect(nlp.stated).toBeUndefined();
    expect(nlp.comparison).toBeUndefined();
    expect([
      evaluate("pay-premium.rust.dollars").low,
      evaluate("pay-premium.rust.dollars").high,
    ]).toEqual([30_900, 41_200]);
    const pytorch = evaluate("pay-premium.pytorch.dollars");
    expect(pytorch.low).toBeCloseTo(16_480, 6);
    expect(pytorch.high).toBeCloseTo(24_720, 6);
  });

  it("recovers the baseline behind the guide's dollar premiums: $140,000 to about $183,000–$185,000", () => {
    for (const [id, high] of [
      ["pay-premium.phd.implied-baseline", 183_333.33],
      ["pay-premium.genai.implied-baseline", 183_333.33],
      ["pay-premium.mlops.implied-baseline", 185_000],
    ] as const) {
      const r = evaluate(id);
      expect(r.low, id).toBeCloseTo(140_000, 6);
      expect(r.high, id).toBeCloseTo(high, 2);
    }
  });

  it("confirms the master's premium of about $26,000 ($25,939, +15.2%)", () => {
    const usd = evaluate("pay-premium.masters-over-bachelors.computed");
    expect(usd.value).toBe(25_939);
    expect(usd.comparison?.agrees).toBe(true);
    expect(evaluate("pay-premium.masters-over-bachelors.percent").value).toBeCloseTo(15.2, 1);
  });

  it("flags the 29% junior-to-mid jump: the stated midpoints give +45.8%", () => {
    const r = evaluate("pay-premium.mid-over-junior.computed");
    expect(r.value).toBeCloseTo(45.83, 2);
    expect(r.comparison?.agrees).toBe(false);
  });

  it("checks the bands' stated midpoints against their arithmetic middles, at the stated precision", () => {
    // "a midpoint around $120,000" is a figure to the ten thousand: $115,000–$125,000.
    const expected = [
      ["entry", 123_000, 120_000, true],
      ["mid", 174_500, 175_000, true],
      ["senior", 225_000, 220_000, true],
      ["staff", 295_000, 290_000, true],
    ] as const;
    for (const [level, computed, stated, agrees] of expected) {
      const r = evaluate(`base-salary.${level}.midpoint`);
      expect(r.value, level).toBe(computed);
      expect(r.comparison?.value?.stated, level).toBe(stated);
      expect(r.comparison?.agrees, level).toBe(agrees);
    }
  });

  it("implies general software engineers earn about $123,353", () => {
    expect(evaluate("software-engineer-salary.implied").value).toBeCloseTo(123_353.29, 2);
  });

  it("confirms the composites' year-1 cash and flags their annualized totals", () => {
    const cash = [
      evaluate("year1-cash.research-scientist-l5.computed"),
      evaluate("year1-cash.staff-ai-engineer-l6.computed"),
    ];
    expect(cash.map((r) => [r.value, r.comparison?.agrees])).toEqual([
      [670_000, true],
      [690_000, true],
    ]);
    const annualized = [
      evaluate("annualized-total-comp.research-scientist-l5.computed"),
      evaluate("annualized-total-comp.staff-ai-engineer-l6.computed"),
    ];
    expect(annualized.map((r) => [r.value, r.stated?.value, r.comparison?.agrees])).toEqual([
      [1_032_500, 905_000, false],
      [990_000, 870_000, false],
    ]);
  });

  it("confirms the recruiter's 'over $900k' with $905,000", () => {
    const r = evaluate("annualized-total-comp.recruiter-offer.computed");
    expect(r.value).toBe(905_000);
    expect(r.comparison?.value).toMatchObject({ direction: "at-least", agrees: true });
    expect(r.inputs.find((i) => i.role === "vestingYears")?.amount).toBe(4);
  });

  it("flags the advertised $23K average salary increase: the six tracks average $21,167", () => {
    const r = evaluate("program-outcome.salary-increase.mean-of-tracks");
    expect(r.value).toBeCloseTo(21_166.67, 2);
    expect(r.inputs).toHaveLength(6);
    expect(r.comparison?.agrees).toBe(false);
  });
});
