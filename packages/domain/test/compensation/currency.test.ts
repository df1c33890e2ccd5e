import { describe, expect, it } from "vitest";
import {
  convertMoney,
  currencies,
  type FxRate,
  formatMoney,
  minorUnitDigits,
  parseMajorUnits,
} from "../../src/compensation";

// The 2023 annual averages of the exchange-rate dataset (units per US dollar).
const rates2023: FxRate[] = [
  { currency: "EUR", year: 2023, unitsPerUsd: 0.9245 },
  { currency: "GBP", year: 2023, unitsPerUsd: 0.804 },
  { currency: "JPY", year: 2023, unitsPerUsd: 140.5001 },
];

describe("minor units", () => {
  it("follow ISO 4217 as the platform's Intl data states it", () => {
    for (const currency of currencies) {
      const digits = new Intl.NumberFormat("en-US", {
        style: "currency",
        currency,
      }).resolvedOptions().maximumFractionDigits;
      expect([currency, minorUnitDigits[currency]]).toEqual([currency, digits]);
    }
    expect(minorUnitDigits.JPY).toBe(0);
  });

  it("formats amounts in their currency, showing minor units only when there are some", () => {
    expect(formatMoney(90_500_000, "USD")).toBe("$905,000");
    expect(formatMoney(12_345, "EUR")).toBe("€123.45");
    expect(formatMoney(905_000, "JPY")).toBe("¥905,000");
    expect(formatMoney(20_000_000, "GBP")).toBe("£200,000");
  });

  it("parses typed amounts into minor units, refusing fractions a currency does not have", () => {
    expect(parseMajorUnits("280,000.50", "USD")).toBe(28_000_050);
    expect(parseMajorUnits("€1.5", "EUR")).toBe(150);
    expect(parseMajorUnits("1000", "JPY")).toBe(1000);
    expect(parseMajorUnits("1000.5", "JPY")).toBeNull();
    expect(parseMajorUnits("1.234", "USD")).toBeNull();
  });
});

describe("convertMoney", () => {
  it("converts dollars at the year's rate: $1,000 is €924.50 at 0.9245 €/$", () => {
    const c = convertMoney(100_000, "USD", "EUR", 2023, rates2023);
    expect(c).toMatchObject({ ok: true, amount: 92_450, rate: 0.9245, year: 2023 });
  });

  it("scales by minor units: $1,000 at 140.5001 ¥/$ is ¥140,500.1, rounded to ¥140,500", () => {
    expect(convertMoney(100_000, "USD", "JPY", 2023, rates2023)).toMatchObject({
      ok: true,
      amount: 140_500,
    });
    // Back again: ¥140,500 / 140.5001 = $999.9993 → 100,000 cents.
    expect(convertMoney(140_500, "JPY", "USD", 2023, rates2023)).toMatchObject({
      ok: true,
      amount: 100_000,
    });
  });

  it("crosses through the dollar: €1,000 × 0.8040 / 0.9245 = £869.6593 → 86,966 pence", () => {
    expect(convertMoney(100_000, "EUR", "GBP", 2023, rates2023)).toMatchObject({
      ok: true,
      amount: 86_966,
    });
  });

  it("says which rate is missing instead of guessing", () => {
    expect(convertMoney(100, "USD", "EUR", 1999, rates2023)).toEqual({
      ok: false,
      message: "There is no 1999 exchange rate for EUR in the data.",
    });
    expect(convertMoney(100, "INR", "CHF", 2023, rates2023)).toEqual({
      ok: false,
      message: "There is no 2023 exchange rate for INR or CHF in the data.",
    });
  });
});
