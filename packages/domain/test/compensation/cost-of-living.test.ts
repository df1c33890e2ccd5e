import { describe, expect, it } from "vitest";
import { equivalentByParity, latestParityYear, type StateParity } from "../../src/compensation";

// BEA all-items regional price parities, 2023 (US = 100).
const parities: StateParity[] = [
  { state: "CA", year: 2023, rppAllItems: 112.581 },
  { state: "TX", year: 2023, rppAllItems: 97.175 },
  { state: "TX", year: 2022, rppAllItems: 97.0 },
];

describe("equivalentByParity", () => {
  it("$200,000 in Texas buys what $200,000 × 112.581 / 97.175 = $231,707.74 buys in California", () => {
    expect(equivalentByParity(20_000_000, "TX", "CA", 2023, parities)).toEqual({
      ok: true,
      amount: 20_000_000,
      equivalent: 23_170_774,
      fromState: "TX",
      toState: "CA",
      year: 2023,
      fromRpp: 97.175,
      toRpp: 112.581,
    });
  });

  it("is the identity within one state", () => {
    expect(equivalentByParity(12_345, "CA", "CA", 2023, parities)).toMatchObject({
      equivalent: 12_345,
    });
  });

  it("names a state or year without parity data", () => {
    expect(equivalentByParity(100, "TX", "NY", 2023, parities)).toEqual({
      ok: false,
      message: "There is no 2023 price parity for New York in the data.",
    });
    expect(equivalentByParity(100, "TX", "CA", 2022, parities)).toEqual({
      ok: false,
      message: "There is no 2022 price parity for California in the data.",
    });
  });

  it("finds the latest year both states have", () => {
    expect(latestParityYear(["TX", "CA"], parities)).toBe(2023);
    expect(latestParityYear(["TX", "NY"], parities)).toBeNull();
  });
});
