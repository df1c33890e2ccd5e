import type { Database } from "@aiml/db";
import {
  type BriefCitation,
  type BriefInput,
  type FigureSource,
  formatAsOf,
  type NegotiationBrief,
  negotiationBrief,
  type ScenarioResult,
} from "@aiml/domain";
import { publishedFigures } from "../../market/reads/cached-figures";
import { offerCostOfLiving } from "../../offer/reads/offer-cost-of-living";
import { officialPosition } from "../../offer/reads/official-position";
import type { StoredScenario } from "../stored-scenario";
import { marketPosition } from "./market-position";

export function figureCitation(source: FigureSource): BriefCitation {
  return {
    publisher: source.publisher,
    title: source.documentTitle
      ? `${source.datasetTitle}, in "${source.documentTitle}"`
      : source.datasetTitle,
    asOf: formatAsOf(source.asOf, source.asOfPrecision),
    licence: null,
    attribution: null,
  };
}

/** The brief of a saved scenario (already loaded for its owner), from the published data. */
export async function scenarioBrief(
  db: Database,
  scenario: StoredScenario & { result: ScenarioResult },
  today: Date,
): Promise<NegotiationBrief> {
  const { inputs, result } = scenario;
  const [figures, official, costOfLiving] = await Promise.all([
    publishedFigures(db),
    officialPosition(db, inputs, result),
    offerCostOfLiving(db, inputs, result),
  ]);
  const benchmarks: BriefInput["benchmarks"] = marketPosition(inputs, result, figures).map((c) => ({
    label: c.figure.label,
    compared: c.compared,
    amountCents: c.amountCents,
    position: c.position,
    citation: figureCitation(c.figure.source),
  }));
  return negotiationBrief({
    inputs,
    result,
    generatedOn: today.toISOString().slice(0, 10),
    official: official.brief,
    benchmarks,
    costOfLiving: costOfLiving?.brief ?? null,
  });
}
