import { type Currency, currencies, type ScenarioInputs } from "@aiml/domain";
import { lazy, Suspense, useMemo, useState } from "react";
import type { ParityData } from "./cost-of-living-panel";
import type { FxData } from "./currency-panel";
import { calculatorResult } from "./result";
import { ResultsBody } from "./results-body";
import { ShareLink } from "./share-link";

// Loaded after the calculator first renders (see scenario-editor), with the calculation itself;
// until then the page shows the results rendered on the server (InitialResults).

// Loaded only when used: a display currency, a US state, an occupation.
const CurrencyPanel = lazy(() => import("./currency-panel"));
const CostOfLivingPanel = lazy(() => import("./cost-of-living-panel"));
const OfficialPayPanel = lazy(() => import("./official-pay-panel"));

/** The results of the checked inputs as they are typed, or why there are none. */
export default function LiveResults({
  inputs,
  retirementLimitCents,
  fx,
  parity,
}: {
  /** Null while a field is wrong. */
  inputs: ScenarioInputs | null;
  retirementLimitCents: number | null;
  fx?: FxData;
  parity?: ParityData;
}) {
  const [display, setDisplay] = useState<Currency | "">("");
  const result = useMemo(
    () => (inputs ? calculatorResult(inputs, retirementLimitCents) : null),
    [inputs, retirementLimitCents],
  );
  if (!inputs || !result) {
    return (
      <p role="status" className="rounded bg-slate-50 p-3 text-sm dark:bg-slate-900">
        Fix the marked fields to see the results.
      </p>
    );
  }
  return (
    <div className="grid gap-6">
      <ResultsBody result={result} inputs={inputs} />
      {fx && fx.rates.length > 0 && (
        <div className="grid gap-2">
          <label className="text-sm">
            Also show in{" "}
            <select
              className="rounded border border-slate-300 px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900"
              value={display}
              onChange={(e) => setDisplay(e.target.value as Currency | "")}
            >
              <option value="">—</option>
              {currencies
                .filter((c) => c !== result.currency)
                .map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
            </select>
          </label>
          {display && display !== result.currency && (
            <Suspense fallback={null}>
              <CurrencyPanel result={result} display={display} fx={fx} />
            </Suspense>
          )}
        </div>
      )}
      {parity && inputs.workState && (
        <Suspense fallback={null}>
          <CostOfLivingPanel result={result} workState={inputs.workState} parity={parity} />
        </Suspense>
      )}
      {inputs.occupationCode && inputs.wageArea && (
        <Suspense fallback={null}>
          <OfficialPayPanel
            result={result}
            socCode={inputs.occupationCode}
            area={inputs.wageArea}
            fx={fx}
          />
        </Suspense>
      )}
      <ShareLink inputs={inputs} />
    </div>
  );
}
