import { describe, expect, it } from "vitest";
import { compareScenarios, computeScenario } from "../../src/compensation";
import { recruiterOffer, researchScientistL5, staffEngineerL6, usd } from "./fixtures";

const l5 = computeScenario(researchScientistL5);
const l6 = computeScenario(staffEngineerL6);
const recruiter = computeScenario(recruiterOffer);

describe("compareScenarios", () => {
  it("lists each scenario's headline figures with differences from the first and the best", () => {
    const comparison = compareScenarios([l5, l6, recruiter]);
    expect(
      comparison.rows.map((r) => [r.name, r.year1Cash, r.annualizedTotal, r.totalOverHorizon]),
    ).toEqual([
      ["AI Research Scientist (L5)", usd(670_000), usd(1_032_500), usd(4_130_000)],
      ["Staff AI Engineer (L6)", usd(690_000), usd(990_000), usd(3_960_000)],
      ["Recruiter's winning offer", usd(780_000), usd(905_000), usd(3_620_000)],
    ]);
    expect(comparison.rows[1]?.versusFirst).toEqual({
      year1Cash: usd(20_000),
      annualizedTotal: usd(-42_500),
      totalOverHorizon: usd(-170_000),
    });
    expect(comparison.rows[0]?.versusFirst).toEqual({
      year1Cash: 0,
      annualizedTotal: 0,
      totalOverHorizon: 0,
    });
    expect(comparison.best).toEqual({ year1Cash: 2, annualizedTotal: 0, totalOverHorizon: 0 });
    expect(comparison.rows[0]?.versusBest).toEqual({
      year1Cash: usd(-110_000),
      annualizedTotal: 0,
      totalOverHorizon: 0,
    });
    expect(comparison.rows.map((r) => r.isBest.year1Cash)).toEqual([false, false, true]);
    expect(comparison.sameHorizon).toBe(true);
  });

  it("calls out the leaders and a cash-versus-value trade-off", () => {
    expect(compareScenarios([l5, l6, recruiter]).callouts).toEqual([
      `"Recruiter's winning offer" has the highest year-1 cash: $780,000, $90,000 more than the next.`,
      `"AI Research Scientist (L5)" has the highest annualized total: $1,032,500, $42,500 more than the next.`,
      `"AI Research Scientist (L5)" has the highest total over the horizon: $4,130,000, $170,000 more than the next.`,
      `"Recruiter's winning offer" pays the most in year 1, but "AI Research Scientist (L5)" is worth more per year over the horizon.`,
    ]);
  });

  it("gives a tie to the earlier scenario and says so", () => {
    const twin = { ...l5, name: "Twin" };
    const comparison = compareScenarios([l5, twin]);
    expect(comparison.best.annualizedTotal).toBe(0);
    expect(comparison.rows.map((r) => r.isBest.annualizedTotal)).toEqual([true, false]);
    expect(comparison.callouts[1]).toBe(
      `"AI Research Scientist (L5)" and "Twin" tie for the highest annualized total ($1,032,500).`,
    );
  });

  it("warns when horizons differ", () => {
    const longer = computeScenario({ ...recruiterOffer, name: "Five years", horizonYears: 5 });
    const comparison = compareScenarios([recruiter, longer]);
    expect(comparison.sameHorizon).toBe(false);
    expect(comparison.callouts[0]).toMatch(/horizons differ \(4, 5 years\)/);
  });

  it("takes 2 to 4 scenarios", () => {
    expect(() => compareScenarios([l5])).toThrow(RangeError);
    expect(() => compareScenarios([l5, l6, recruiter, l5, l6])).toThrow(RangeError);
    expect(compareScenarios([l5, l6, recruiter, l5]).rows).toHaveLength(4);
  });
});
