import { describe, expect, it } from "vitest";
import { computeScenario, csvTextCell, scenarioToCsv } from "../../src/compensation";
import { recruiterOffer, usd } from "./fixtures";

const result = computeScenario(recruiterOffer);

describe("scenarioToCsv", () => {
  it("writes a header, one row per year and a totals row, in plain dollars", () => {
    expect(scenarioToCsv({ name: "Offer" }, result).split("\r\n")).toEqual([
      "Scenario,Year,Base,Bonus,Signing bonus,Equity vested (grant value),Equity vested (modelled value),Cash,Total",
      "Offer,1,280000.00,0.00,500000.00,500000.00,500000.00,780000.00,1280000.00",
      "Offer,2,280000.00,0.00,0.00,500000.00,500000.00,280000.00,780000.00",
      "Offer,3,280000.00,0.00,0.00,500000.00,500000.00,280000.00,780000.00",
      "Offer,4,280000.00,0.00,0.00,500000.00,500000.00,280000.00,780000.00",
      "Offer,Total,1120000.00,0.00,500000.00,2000000.00,2000000.00,1620000.00,3620000.00",
      "",
    ]);
  });

  it("writes other currencies in their own minor units, and benefits as their own column", () => {
    const yen = computeScenario({
      name: "Tokyo",
      currency: "JPY",
      baseSalaryCents: 12_000_000,
      horizonYears: 1,
      benefits: { otherItems: [{ label: "Commute", yearlyAmountCents: 120_000 }] },
    });
    expect(scenarioToCsv(yen, yen).split("\r\n").slice(0, 2)).toEqual([
      "Scenario,Year,Base,Bonus,Signing bonus,Equity vested (grant value),Equity vested (modelled value),Cash,Benefits counted,Total,Currency",
      "Tokyo,1,12000000,0,0,0,0,12000000,120000,12120000,JPY",
    ]);
  });

  it("writes cents exactly", () => {
    const odd = computeScenario({ name: "Odd", baseSalaryCents: 10_000_007, horizonYears: 1 });
    expect(scenarioToCsv(odd, odd).split("\r\n")[1]).toBe(
      "Odd,1,100000.07,0.00,0.00,0.00,0.00,100000.07,100000.07",
    );
  });

  it("neutralises formula-like names", () => {
    const firstCell = (name: string) => {
      const row = scenarioToCsv({ name }, result).split("\r\n")[1] ?? "";
      return row.slice(
        0,
        row.length - ",1,280000.00,0.00,500000.00,500000.00,500000.00,780000.00,1280000.00".length,
      );
    };
    expect(firstCell("=1+1")).toBe("'=1+1");
    expect(firstCell("+1")).toBe("'+1");
    expect(firstCell("-1")).toBe("'-1");
    expect(firstCell("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(firstCell("\tcmd")).toBe("'\tcmd");
    expect(firstCell("\rcmd")).toBe(`"'\rcmd"`);
    expect(firstCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(firstCell("Offer = good")).toBe("Offer = good");
  });

  it("quotes names per RFC 4180", () => {
    expect(csvTextCell("Acme, Inc.")).toBe('"Acme, Inc."');
    expect(csvTextCell('The "big" one')).toBe('"The ""big"" one"');
    expect(csvTextCell("two\nlines")).toBe('"two\nlines"');
    expect(csvTextCell("plain")).toBe("plain");
  });

  it("has a totals row equal to the sum of the year rows", () => {
    const scenario = computeScenario({
      name: "Growth",
      baseSalaryCents: usd(123_456.78),
      annualRaisePercent: 3.5,
      targetBonusPercent: 17.25,
      signingBonusCents: 1_234_567,
      signingSchedule: "split",
      equityGrantCents: usd(333_333.33),
      refresherGrantCents: usd(55_555.55),
      vestingSchedule: "frontloaded",
      equityPath: "double",
      horizonYears: 5,
    });
    const rows = scenarioToCsv(scenario, scenario)
      .trimEnd()
      .split("\r\n")
      .slice(1)
      .map((line) =>
        line
          .split(",")
          .slice(2)
          .map((cell) => Math.round(Number(cell) * 100)),
      );
    const totals = rows.pop() ?? [];
    expect(rows).toHaveLength(5);
    totals.forEach((total, column) => {
      expect(rows.reduce((sum, row) => sum + (row[column] ?? Number.NaN), 0)).toBe(total);
    });
  });
});
