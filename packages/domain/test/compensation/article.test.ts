import { describe, expect, it } from "vitest";
import { compareStatedTotal, computeScenario } from "../../src/compensation";
import { recruiterOffer, researchScientistL5, staffEngineerL6, usd } from "./fixtures";

// Source: prisma/seed/documents/000_02628524a31adb19.txt (the recruiter's offer and the
// composite table). The model is not fitted to the article: the article's own components are
// entered as they are stated and the article's headline rows are checked against them.

describe("the recruiter's offer", () => {
  const result = computeScenario(recruiterOffer);

  it("annualizes to exactly $905,000", () => {
    expect(result.totalOverHorizon).toBe(usd(3_620_000));
    expect(result.annualizedTotal).toBe(usd(905_000));
  });

  it("shows the year-by-year shape the single number hides", () => {
    expect(result.years.map((y) => [y.base, y.bonus, y.signing, y.equity, y.total])).toEqual([
      [usd(280_000), 0, usd(500_000), usd(500_000), usd(1_280_000)],
      [usd(280_000), 0, 0, usd(500_000), usd(780_000)],
      [usd(280_000), 0, 0, usd(500_000), usd(780_000)],
      [usd(280_000), 0, 0, usd(500_000), usd(780_000)],
    ]);
    expect(result.year1Cash).toBe(usd(780_000));
    expect(result.unvestedEquityAtGrantValue).toBe(0);
  });

  it("agrees with the article's 'over $900k' and with a stated $905,000", () => {
    const over = compareStatedTotal(usd(900_000), result.annualizedTotal, { claim: "atLeast" });
    expect(over.agrees).toBe(true);
    const exact = compareStatedTotal(usd(905_000), result.annualizedTotal);
    expect(exact).toMatchObject({ difference: 0, differencePercent: 0, agrees: true });
  });
});

describe("the article's composite packages", () => {
  const l5 = computeScenario(researchScientistL5);
  const l6 = computeScenario(staffEngineerL6);

  it("reproduce the table's year-1 cash", () => {
    expect(l5.years[0]).toMatchObject({
      base: usd(320_000),
      bonus: usd(100_000),
      signing: usd(250_000),
    });
    expect(l5.year1Cash).toBe(usd(670_000));
    expect(l6.years[0]).toMatchObject({
      base: usd(350_000),
      bonus: usd(140_000),
      signing: usd(200_000),
    });
    expect(l6.year1Cash).toBe(usd(690_000));
  });

  it("annualize to $1,032,500 and $990,000 from the table's own components", () => {
    expect(l5.annualizedTotal).toBe(usd(1_032_500));
    expect(l6.annualizedTotal).toBe(usd(990_000));
  });

  it("flag the table's 'Annualized Total Comp' row as disagreeing", () => {
    expect(compareStatedTotal(usd(905_000), l5.annualizedTotal)).toEqual({
      stated: usd(905_000),
      computed: usd(1_032_500),
      difference: usd(-127_500),
      differencePercent: -12.35,
      toleranceCents: usd(5_162.5),
      claim: "approximately",
      agrees: false,
    });
    expect(compareStatedTotal(usd(870_000), l6.annualizedTotal)).toEqual({
      stated: usd(870_000),
      computed: usd(990_000),
      difference: usd(-120_000),
      differencePercent: -12.12,
      toleranceCents: usd(4_950),
      claim: "approximately",
      agrees: false,
    });
  });
});

describe("compareStatedTotal", () => {
  it("agrees within 0.5% of the computed figure and not a cent beyond", () => {
    const computed = usd(1_000_000);
    expect(compareStatedTotal(computed + usd(5_000), computed).agrees).toBe(true);
    expect(compareStatedTotal(computed - usd(5_000), computed).agrees).toBe(true);
    expect(compareStatedTotal(computed + usd(5_000) + 1, computed).agrees).toBe(false);
    expect(compareStatedTotal(computed - usd(5_000) - 1, computed).agrees).toBe(false);
  });

  it("reads 'over' and 'up to' claims as bounds", () => {
    const computed = usd(905_000);
    expect(compareStatedTotal(usd(950_000), computed, { claim: "atLeast" }).agrees).toBe(false);
    expect(compareStatedTotal(usd(950_000), computed, { claim: "atMost" }).agrees).toBe(true);
    expect(compareStatedTotal(usd(800_000), computed, { claim: "atMost" }).agrees).toBe(false);
    // A rounded "about $900k" is 0.55% off $905,000: outside the tolerance.
    expect(compareStatedTotal(usd(900_000), computed).agrees).toBe(false);
  });

  it("has no percentage against a computed 0 and refuses fractional cents", () => {
    expect(compareStatedTotal(0, 0)).toMatchObject({ differencePercent: null, agrees: true });
    expect(compareStatedTotal(1, 0).agrees).toBe(false);
    expect(() => compareStatedTotal(10.5, 100)).toThrow(RangeError);
  });
});
