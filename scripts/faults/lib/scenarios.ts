import type { RouterInputs, RouterOutputs } from "@aiml/api";
import { type CallOptions, mutate, query } from "@aiml/script-lib/http";

export type Scenario = RouterOutputs["scenario"]["get"];
type Inputs = RouterInputs["scenario"]["create"]["inputs"];

/** A small valid scenario; the name tells the writes apart. */
export const scenarioInputs = (name: string, baseSalaryCents = 15_000_000): Inputs => ({
  name,
  baseSalaryCents,
});

export const createScenario = (base: string, name: string, options: CallOptions) =>
  mutate<Scenario>(base, "scenario.create", { inputs: scenarioInputs(name) }, options);

export const getScenario = (base: string, id: string, options: CallOptions) =>
  query<Scenario>(base, "scenario.get", { id }, options);

export const updateScenario = (
  base: string,
  params: { id: string; revision: number; name: string; baseSalaryCents?: number },
  options: CallOptions,
) =>
  mutate<Scenario>(
    base,
    "scenario.update",
    {
      id: params.id,
      revision: params.revision,
      inputs: scenarioInputs(params.name, params.baseSalaryCents),
    },
    options,
  );
