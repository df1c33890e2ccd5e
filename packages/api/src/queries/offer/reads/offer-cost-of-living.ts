import type { Database } from "@aiml/db";
import {
  type BriefInput,
  type ScenarioInputs,
  type ScenarioResult,
  scaleByParity,
  usStates,
} from "@aiml/domain";
import { briefCitation, offerParities, usAverageParity } from "./offer-data";

/**
 * The year-1 base at US-average prices, by the latest price parity of the scenario's state:
 * base × 100 / RPP(state), with the US average read from the data. Null without a state.
 */
export async function offerCostOfLiving(
  db: Database,
  inputs: ScenarioInputs,
  result: ScenarioResult,
): Promise<{ brief: NonNullable<BriefInput["costOfLiving"]> } | null> {
  const state = inputs.workState;
  if (!state) return null;
  const [data, us] = await Promise.all([offerParities(db), usAverageParity(db)]);
  const parity = data?.parities.find((p) => p.state === state);
  if (!data || !parity || us === null || parity.rppAllItems <= 0) {
    return { brief: { missing: `No regional price parity is published for ${usStates[state]}.` } };
  }
  const base = result.years[0]?.base ?? 0;
  const equivalentCents = scaleByParity(base, parity.rppAllItems, us);
  return {
    brief: {
      state,
      year: parity.year,
      rpp: parity.rppAllItems,
      baseCents: base,
      equivalentCents,
      citation: briefCitation(data.source),
    },
  };
}
