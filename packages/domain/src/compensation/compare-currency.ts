import type { Currency } from "./currency";
import { type Conversion, convertMoney, type FxRate } from "./exchange-rates";
import type { ScenarioResult } from "./scenario";

export type ConvertedResult =
  | {
      ok: true;
      result: ScenarioResult;
      conversion: { from: Currency; to: Currency; year: number; rate: number } | null;
    }
  | { ok: false; message: string };

/**
 * A result with the headline figures that comparisons read (year-1 cash, annualized total,
 * total over the horizon, unvested equity) converted to `to` at `year`'s rates; the yearly
 * rows are dropped, since converted parts would no longer add up exactly.
 */
export function convertResultHeadlines(
  result: ScenarioResult,
  to: Currency,
  year: number,
  rates: readonly FxRate[],
): ConvertedResult {
  if (result.currency === to) return { ok: true, result, conversion: null };
  const keys = [
    "year1Cash",
    "annualizedTotal",
    "totalOverHorizon",
    "unvestedEquityAtGrantValue",
  ] as const;
  const converted: Partial<Record<(typeof keys)[number], number>> = {};
  let last: Conversion | null = null;
  for (const key of keys) {
    const c = convertMoney(result[key], result.currency, to, year, rates);
    if (!c.ok) return c;
    converted[key] = c.amount;
    last = c;
  }
  const rate = last?.ok ? last.rate : 1;
  return {
    ok: true,
    result: {
      ...result,
      ...(converted as Record<(typeof keys)[number], number>),
      currency: to,
      years: [],
      bands: null,
    },
    conversion: { from: result.currency, to, year, rate },
  };
}
