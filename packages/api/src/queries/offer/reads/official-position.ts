import type { Database } from "@aiml/db";
import {
  type BriefInput,
  convertMoney,
  creditOf,
  latestCommonRateYear,
  type OfficialWages,
  type PercentilePlacement,
  placeAmongPercentiles,
  type ScenarioInputs,
  type ScenarioResult,
} from "@aiml/domain";
import { briefCitation, type OfferDataSource, offerFxRates, officialWages } from "./offer-data";

export interface OfficialPosition {
  /** Set when the scenario can be placed; otherwise `missing` says why not. */
  wages: OfficialWages | null;
  placement: PercentilePlacement | null;
  baseUsdCents: number | null;
  conversion: string | null;
  source: OfferDataSource | null;
  missing: string | null;
  /** The same, as the negotiation brief takes it. */
  brief: BriefInput["official"];
}

const none = (missing: string): OfficialPosition => ({
  wages: null,
  placement: null,
  baseUsdCents: null,
  conversion: null,
  source: null,
  missing,
  brief: { missing },
});

/**
 * Where a scenario's year-1 base falls among the latest published official percentiles of its
 * occupation and area, read at request time (so it follows new publishes). A base in another
 * currency is converted to dollars at the latest annual rate first.
 */
export async function officialPosition(
  db: Database,
  inputs: ScenarioInputs,
  result: ScenarioResult,
): Promise<OfficialPosition> {
  if (!inputs.occupationCode || !inputs.wageArea) {
    return none(
      "Choose an occupation and an area (the US or a state) to compare the base with official wage percentiles.",
    );
  }
  const found = await officialWages(db, inputs.occupationCode, inputs.wageArea);
  if (!found) {
    return none(
      `No official wage figures are published for SOC ${inputs.occupationCode} in ${inputs.wageArea === "US" ? "the US" : inputs.wageArea}.`,
    );
  }
  const base = result.years[0]?.base ?? 0;
  let baseUsdCents = base;
  let conversion: string | null = null;
  if (result.currency !== "USD") {
    const fx = await offerFxRates(db);
    const year = fx ? latestCommonRateYear(result.currency, "USD", fx.rates) : null;
    const converted =
      fx && year !== null ? convertMoney(base, result.currency, "USD", year, fx.rates) : null;
    if (!fx || !converted?.ok) {
      return none(
        `There is no exchange rate for ${result.currency} in the data, so the base cannot be compared with US wages.`,
      );
    }
    baseUsdCents = converted.amount;
    conversion = `The base was converted from ${result.currency} at the ${year} annual average rate (1 ${result.currency} = ${converted.rate.toFixed(4)} USD; ${creditOf(fx.source)}).`;
  }
  const placement = placeAmongPercentiles(baseUsdCents, found.wages);
  return {
    wages: found.wages,
    placement,
    baseUsdCents,
    conversion,
    source: found.source,
    missing: null,
    brief: {
      wages: found.wages,
      placement,
      baseUsdCents,
      conversion,
      citation: briefCitation(found.source),
    },
  };
}
