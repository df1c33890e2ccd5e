import { describe, expect, it } from "vitest";
import {
  computeValidScenario,
  negotiationBrief,
  type OfficialWages,
  placeAmongPercentiles,
  scenarioInputsSchema,
} from "../../src/compensation";
import { usd } from "./fixtures";

const inputs = scenarioInputsSchema.parse({
  name: "Lab offer",
  company: "Acme AI",
  baseSalaryCents: usd(110_000),
  equityGrantCents: usd(40_000),
  vestingSchedule: "even4",
});
const result = computeValidScenario(inputs);
const wages: OfficialWages = {
  socCode: "15-1252",
  occupationTitle: "Software Developers",
  area: "US",
  year: 2024,
  employment: 1_000,
  p10: 80_000,
  p25: 100_000,
  p50: 120_000,
  p75: 150_000,
  p90: null,
  topCoded: ["p90"],
};
const citation = {
  publisher: "BLS",
  title: "OEWS",
  asOf: "2024",
  licence: "Public domain",
  attribution: "Source: BLS, OEWS",
};

describe("negotiationBrief", () => {
  const brief = negotiationBrief({
    inputs,
    result,
    generatedOn: "2026-12-07",
    official: {
      wages,
      placement: placeAmongPercentiles(usd(110_000), wages),
      baseUsdCents: usd(110_000),
      conversion: null,
      citation,
    },
    benchmarks: [],
    costOfLiving: null,
  });
  const text = brief.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.citations ?? [])]);

  it("states the offer, its market position and the gap to the 75th percentile from the inputs", () => {
    expect(brief.title).toBe("Negotiation brief: Lab offer");
    expect(brief.subtitle).toBe("Acme AI. Figures in USD. Prepared 2026-12-07.");
    // $110,000 + $10,000 of equity a year.
    expect(text).toContain(
      "Annualized over 4 years: $120,000; year-1 cash $110,000; total $480,000.",
    );
    // Halfway from p25 to p50: the 37.5th percentile; p75 is $40,000 higher.
    expect(text).toContain(
      "Your year-1 base of $110,000 is at about the 37.5th percentile of Software Developers (SOC 15-1252) in the United States, May 2024.",
    );
    expect(text).toContain("The 75th percentile is $150,000: $40,000 more than your base.");
    expect(text).toContain(
      "BLS does not publish the 90th percentile here: it is at or above the top of its wage bands.",
    );
    expect(text).toContain('Source: BLS, OEWS, "OEWS", as of 2024; licence: Public domain.');
    expect(text).toContain(
      "No published benchmark matches this scenario's company, level or location.",
    );
    expect(
      brief.sections.find((s) => s.heading === "Market position (official wage percentiles)")?.table
        ?.rows,
    ).toEqual([
      ["10th", "$80,000"],
      ["25th", "$100,000"],
      ["50th", "$120,000"],
      ["75th", "$150,000"],
      ["90th", "not published (top-coded)"],
    ]);
  });

  it("says why a part is missing rather than leaving it out silently", () => {
    const without = negotiationBrief({
      inputs,
      result,
      generatedOn: "2026-12-07",
      official: { missing: "Choose an occupation." },
      benchmarks: [],
      costOfLiving: { missing: "No parity." },
    });
    const all = without.sections.flatMap((s) => s.paragraphs);
    expect(all).toContain("Choose an occupation.");
    expect(all).toContain("No parity.");
  });
});
