import type { Database } from "@aiml/db";
import {
  type Currency,
  compareScenarios,
  convertResultHeadlines,
  equivalentByParity,
  type FxRate,
  latestParityYear,
  type ScenarioComparison,
  type ScenarioInputs,
  type ScenarioResult,
  type UsState,
} from "@aiml/domain";
import { AppError } from "../../../errors";
import { type OfferDataSource, offerFxRates, offerParities } from "./offer-data";

export interface ComparedOffers {
  comparison: ScenarioComparison;
  /** The currency every compared figure is in. */
  currency: Currency;
  /** Set when some scenario was converted: at which year's rates, from where. */
  conversion: {
    year: number;
    rates: { from: Currency; rate: number }[];
    source: OfferDataSource;
  } | null;
  /** Each scenario's annualized total as it would buy in `state`, when one is chosen. */
  costOfLiving: {
    state: UsState;
    year: number | null;
    source: OfferDataSource;
    rows: (
      | { equivalent: number; fromState: UsState; fromRpp: number; toRpp: number }
      | { message: string }
    )[];
  } | null;
}

function latestYearWithAll(currencies: Currency[], rates: FxRate[]): number | null {
  const years = [...new Set(rates.map((r) => r.year))].sort((a, b) => b - a);
  return (
    years.find((year) =>
      currencies.every(
        (c) => c === "USD" || rates.some((r) => r.currency === c && r.year === year),
      ),
    ) ?? null
  );
}

/**
 * Compares 2–4 scenarios in one currency: the first scenario's, or `currency` when given.
 * Scenarios in another currency are converted at the latest year's annual rates that cover
 * them all; a missing rate is a 400 that names it.
 */
export async function compareOffers(
  db: Database,
  scenarios: { inputs: ScenarioInputs; result: ScenarioResult }[],
  options: { currency?: Currency | undefined; state?: UsState | undefined },
): Promise<ComparedOffers> {
  const results = scenarios.map((s) => s.result);
  const target = options.currency ?? (results[0]?.currency as Currency);
  const involved = [...new Set([...results.map((r) => r.currency), target])];
  let conversion: ComparedOffers["conversion"] = null;
  let converted = results;
  if (involved.length > 1) {
    const fx = await offerFxRates(db);
    const year = fx ? latestYearWithAll(involved, fx.rates) : null;
    if (!fx || year === null) {
      throw new AppError(
        "BAD_REQUEST",
        `There is no year with exchange rates for all of ${involved.join(", ")} in the data, so these scenarios cannot be compared in one currency.`,
      );
    }
    const rates: { from: Currency; rate: number }[] = [];
    converted = results.map((r) => {
      const c = convertResultHeadlines(r, target, year, fx.rates);
      if (!c.ok) throw new AppError("BAD_REQUEST", c.message);
      if (c.conversion && !rates.some((x) => x.from === c.conversion?.from)) {
        rates.push({ from: c.conversion.from, rate: c.conversion.rate });
      }
      return c.result;
    });
    conversion = { year, rates, source: fx.source };
  }

  let costOfLiving: ComparedOffers["costOfLiving"] = null;
  if (options.state) {
    const parity = await offerParities(db);
    if (!parity) throw new AppError("BAD_REQUEST", "No regional price parities are published.");
    const to = options.state;
    const rows = scenarios.map((s, i) => {
      const from = s.inputs.workState;
      if (!from) return { message: "No state given for this scenario." };
      const year = latestParityYear([from, to], parity.parities);
      if (year === null) return { message: "No price parity for both states in one year." };
      const e = equivalentByParity(
        converted[i]?.annualizedTotal ?? 0,
        from,
        to,
        year,
        parity.parities,
      );
      return e.ok
        ? { equivalent: e.equivalent, fromState: from, fromRpp: e.fromRpp, toRpp: e.toRpp }
        : { message: e.message };
    });
    costOfLiving = {
      state: to,
      year: latestParityYear([to], parity.parities),
      source: parity.source,
      rows,
    };
  }
  return { comparison: compareScenarios(converted), currency: target, conversion, costOfLiving };
}
