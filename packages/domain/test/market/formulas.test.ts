import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  annualizedTotalComp,
  arithmeticMean,
  compoundAnnualGrowth,
  DEFAULT_VESTING_YEARS,
  impliedBaseline,
  impliedPriorValue,
  netJobs,
  percentChange,
  premiumInDollars,
  priorFromChange,
  rangeMidpoint,
  ratioFromCounts,
  valueDifference,
  year1Cash,
} from "../../src/market";

const positive = fc.double({ min: 1, max: 1e12, noNaN: true });

describe("compoundAnnualGrowth", () => {
  it("gives the ML market's growth: $113.1B in 2025 to $503.4B in 2030 is about 34.8% a year", () => {
    expect(compoundAnnualGrowth(113.1e9, 503.4e9, 5)).toBeCloseTo(34.8, 1);
  });

  it("is 0 for no change, -100 for a fall to nothing, and the plain growth over one year", () => {
    expect(compoundAnnualGrowth(100, 100, 3)).toBe(0);
    expect(compoundAnnualGrowth(100, 0, 3)).toBe(-100);
    expect(compoundAnnualGrowth(100, 163, 1)).toBeCloseTo(63, 10);
  });

  it("compounds back to the end value", () => {
    // (Within six orders of magnitude: a far larger fall loses precision to cancellation.)
    const size = fc.double({ min: 1, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(size, size, fc.integer({ min: 1, max: 30 }), (start, end, years) => {
        const rate = compoundAnnualGrowth(start, end, years);
        expect(start * (1 + rate / 100) ** years).toBeCloseTo(end, -Math.log10(end) + 6);
      }),
    );
  });

  it("rejects a start of zero or below, a negative end and non-positive years", () => {
    expect(() => compoundAnnualGrowth(0, 10, 5)).toThrow(RangeError);
    expect(() => compoundAnnualGrowth(-1, 10, 5)).toThrow("starting value must be above zero");
    expect(() => compoundAnnualGrowth(1, -10, 5)).toThrow("cannot be negative");
    expect(() => compoundAnnualGrowth(1, 10, 0)).toThrow("years must be above zero");
    expect(() => compoundAnnualGrowth(1, Number.NaN, 5)).toThrow("finite");
  });
});

describe("impliedPriorValue", () => {
  it("recovers 2024 postings: 49,200 up 163% implies about 18,707", () => {
    expect(impliedPriorValue(49_200, 163)).toBeCloseTo(18_707.22, 2);
  });

  it("recovers the software engineer pay behind a 67% ML premium on $206,000: $123,353", () => {
    expect(impliedPriorValue(206_000, 67)).toBeCloseTo(123_353.29, 2);
  });

  it("undoes a growth, falls included", () => {
    fc.assert(
      fc.property(positive, fc.double({ min: -99, max: 1000, noNaN: true }), (prior, growth) => {
        const current = prior * (1 + growth / 100);
        expect(impliedPriorValue(current, growth)).toBeCloseTo(prior, -Math.log10(prior) + 6);
      }),
    );
  });

  it("rejects a fall of 100% or more", () => {
    expect(() => impliedPriorValue(10, -100)).toThrow("-100%");
  });
});

describe("priorFromChange", () => {
  it("gives the 2024 average: $206,000 after a $50,000 jump was $156,000, a 32.05% rise", () => {
    const { prior, growthPercent } = priorFromChange(206_000, 50_000);
    expect(prior).toBe(156_000);
    expect(growthPercent).toBeCloseTo(32.05, 2);
  });

  it("handles a fall, and has no growth percent when the prior is not above zero", () => {
    expect(priorFromChange(90, -10)).toEqual({ prior: 100, growthPercent: -10 });
    expect(priorFromChange(50, 50)).toEqual({ prior: 0, growthPercent: null });
    expect(priorFromChange(10, 50).growthPercent).toBeNull();
  });

  it("differs from impliedPriorValue: a change in dollars is not a percent", () => {
    expect(priorFromChange(206_000, 50_000).prior).not.toBeCloseTo(impliedPriorValue(206_000, 50));
  });
});

describe("ratioFromCounts", () => {
  it("gives the guide's own demand ratio: 1.6M open positions / 518k candidates = 3.09", () => {
    expect(ratioFromCounts(1_600_000, 518_000)).toBeCloseTo(3.089, 3);
  });

  it("rejects a zero denominator and negative counts", () => {
    expect(() => ratioFromCounts(1, 0)).toThrow("count of zero");
    expect(() => ratioFromCounts(-1, 2)).toThrow("negative");
  });
});

describe("netJobs and valueDifference", () => {
  it("gives the WEF net gain: 170M created − 92M displaced = 78M", () => {
    expect(netJobs(170_000_000, 92_000_000)).toBe(78_000_000);
  });

  it("can be a net loss", () => {
    expect(netJobs(10, 25)).toBe(-15);
  });

  it("gives the master's-over-bachelor's gap: $196,643 − $170,704 = $25,939", () => {
    expect(valueDifference(170_704, 196_643)).toBe(25_939);
  });
});

describe("premiumInDollars", () => {
  it("applies a percentage range to a baseline: 40–60% of $206,000 = $82,400–$123,600", () => {
    expect(premiumInDollars(206_000, 40, 60)).toEqual({ low: 82_400, high: 123_600 });
  });

  it("reproduces the guide's dollar premiums on its implied $140,000 base at the low end", () => {
    expect(premiumInDollars(140_000, 15, 30).low).toBe(21_000);
    expect(premiumInDollars(140_000, 40, 60).low).toBe(56_000);
  });

  it("takes a single percent as a one-point range", () => {
    expect(premiumInDollars(200_000, 10)).toEqual({ low: 20_000, high: 20_000 });
  });

  it("rejects an inverted range and a negative baseline", () => {
    expect(() => premiumInDollars(100, 60, 40)).toThrow(
      "low percent (60) is above the high percent (40)",
    );
    expect(() => premiumInDollars(-1, 10, 20)).toThrow("negative");
  });
});

describe("impliedBaseline", () => {
  it("gives the base behind the PhD premium: $21,000 at 15% and $55,000 at 30%", () => {
    expect(impliedBaseline(21_000, 15)).toBeCloseTo(140_000, 6);
    expect(impliedBaseline(55_000, 30)).toBeCloseTo(183_333.33, 2);
  });

  it("inverts premiumInDollars", () => {
    fc.assert(
      fc.property(positive, fc.double({ min: 0.5, max: 500, noNaN: true }), (base, pct) => {
        const { low } = premiumInDollars(base, pct);
        expect(impliedBaseline(low, pct)).toBeCloseTo(base, -Math.log10(base) + 6);
      }),
    );
  });

  it("rejects a premium of 0%", () => {
    expect(() => impliedBaseline(1000, 0)).toThrow("0%");
  });
});

describe("rangeMidpoint", () => {
  it("gives the middle of a band: $98,000–$148,000 ⇒ $123,000 (the guide says 'around $120,000')", () => {
    expect(rangeMidpoint(98_000, 148_000)).toBe(123_000);
  });

  it("lies between the bounds", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), positive, (low, width) => {
        const high = low + width;
        const mid = rangeMidpoint(low, high);
        expect(mid).toBeGreaterThanOrEqual(low);
        expect(mid).toBeLessThanOrEqual(high);
      }),
    );
  });

  it("rejects low above high", () => {
    expect(() => rangeMidpoint(200_000, 148_000)).toThrow("above the high bound");
  });
});

describe("percentChange", () => {
  it("gives the junior-to-mid jump from the stated midpoints: $120,000 → $175,000 = +45.8%", () => {
    expect(percentChange(120_000, 175_000)).toBeCloseTo(45.83, 2);
  });

  it("gives the master's premium in percent: +15.2%", () => {
    expect(percentChange(170_704, 196_643)).toBeCloseTo(15.2, 1);
  });

  it("is negative for a fall, even from a negative start", () => {
    expect(percentChange(200, 150)).toBe(-25);
    expect(percentChange(-100, -150)).toBe(-50);
  });

  it("agrees with impliedPriorValue", () => {
    const amount = fc.double({ min: 1, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(amount, amount, (from, to) => {
        expect(impliedPriorValue(to, percentChange(from, to))).toBeCloseTo(
          from,
          -Math.log10(from) + 6,
        );
      }),
    );
  });

  it("rejects a change from zero", () => {
    expect(() => percentChange(0, 5)).toThrow("from zero");
  });
});

describe("arithmeticMean", () => {
  it("averages the six advertised increases to $21,167, not the advertised $23K", () => {
    expect(arithmeticMean([25_000, 25_000, 11_000, 17_000, 25_000, 24_000])).toBeCloseTo(
      21_166.67,
      2,
    );
  });

  it("rejects an empty list", () => {
    expect(() => arithmeticMean([])).toThrow("no values");
  });
});

describe("package totals", () => {
  const researchScientist = { base: 320_000, bonus: 100_000, signing: 250_000, equity: 2_200_000 };
  const staffEngineer = { base: 350_000, bonus: 140_000, signing: 200_000, equity: 1_800_000 };

  it("year-1 cash is base + bonus + signing: $670,000 and $690,000, as the table states", () => {
    expect(year1Cash(researchScientist)).toBe(670_000);
    expect(year1Cash(staffEngineer)).toBe(690_000);
  });

  it("annualizes over 4 years by default: $1,032,500 and $990,000, not the stated $905,000 and $870,000", () => {
    expect(DEFAULT_VESTING_YEARS).toBe(4);
    expect(annualizedTotalComp(researchScientist)).toBe(1_032_500);
    expect(annualizedTotalComp(staffEngineer)).toBe(990_000);
  });

  it("annualizes the recruiter's offer (no bonus) to $905,000", () => {
    expect(
      annualizedTotalComp({ base: 280_000, signing: 500_000, equity: 2_000_000, vestingYears: 4 }),
    ).toBe(905_000);
  });

  it("spreads over another vesting period and rejects a period of zero", () => {
    expect(annualizedTotalComp({ base: 100, equity: 300, vestingYears: 3 })).toBe(200);
    expect(() => annualizedTotalComp({ base: 100, vestingYears: 0 })).toThrow("vesting period");
  });
});
