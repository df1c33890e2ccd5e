import { computeValidScenario, type ScenarioInputs, type ScenarioResult } from "@aiml/domain";

/** The calculator's result for checked inputs: the 401(k) limit caps a match paid in dollars only. */
export function calculatorResult(
  inputs: ScenarioInputs,
  retirementLimitCents: number | null,
): ScenarioResult {
  return computeValidScenario(inputs, {
    retirementDeferralLimitCents: inputs.currency === "USD" ? retirementLimitCents : null,
  });
}
