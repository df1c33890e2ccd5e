import type { ScenarioInputs, ScenarioResult } from "@aiml/domain";
import BandsTable from "./bands-table";
import { ResultSummary } from "./result-summary";
import { YearBars } from "./year-bars";
import { YearTable } from "./year-table";

/** The results that need no script: rendered on the server first, then live (see LiveResults). */
export function ResultsBody({
  result,
  inputs,
}: {
  result: ScenarioResult;
  inputs: ScenarioInputs;
}) {
  return (
    <>
      <ResultSummary result={result} />
      <YearBars result={result} />
      <YearTable result={result} benefits={inputs.benefits} />
      <BandsTable result={result} />
    </>
  );
}
