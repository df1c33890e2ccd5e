import type { ScenarioInputs } from "@aiml/domain";
import { calculatorResult } from "./result";
import { ResultsBody } from "./results-body";

/**
 * The results for the inputs the page opens with, rendered on the server: they are what the
 * calculator shows until its live results (and their code) have loaded, so the page's first load
 * carries no calculation code.
 */
export function InitialResults({
  inputs,
  retirementLimitCents,
}: {
  inputs: ScenarioInputs;
  retirementLimitCents: number | null;
}) {
  return (
    <div className="grid gap-6">
      <ResultsBody result={calculatorResult(inputs, retirementLimitCents)} inputs={inputs} />
    </div>
  );
}
