import { computeValidScenario, type ScenarioResult } from "./scenario";
import { type ScenarioInputsDraft, scenarioInputsSchema } from "./schemas";

/** Validates the inputs (defaults applied; invalid inputs throw a `ZodError`) and computes. */
export function computeScenario(draft: ScenarioInputsDraft): ScenarioResult {
  return computeValidScenario(scenarioInputsSchema.parse(draft));
}
