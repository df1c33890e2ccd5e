import {
  equivalentByParity,
  formatMoney,
  latestParityYear,
  type ScenarioResult,
  type StateParity,
  type UsState,
  usStateCodes,
  usStates,
} from "@aiml/domain";
import { useState } from "react";
import { Citation, type DataCitation } from "./data-citation";

// Loaded when the scenario names a US state (see scenario-editor).

export interface ParityData {
  parities: StateParity[];
  source: DataCitation;
}

/** What the offer is worth in another state, by regional price parities. */
export default function CostOfLivingPanel({
  result,
  workState,
  parity,
}: {
  result: ScenarioResult;
  workState: UsState;
  parity: ParityData;
}) {
  const [other, setOther] = useState<UsState | "">("");
  const year = other ? latestParityYear([workState, other], parity.parities) : null;
  const money = (amount: number) => formatMoney(amount, result.currency);
  const lines = other
    ? (
        [
          ["year-1 base", result.years[0]?.base ?? 0],
          ["annualized total", result.annualizedTotal],
        ] as const
      ).map(([label, amount]) => ({
        label,
        amount,
        equivalent:
          year === null
            ? ({
                ok: false,
                message: `There is no price parity for both ${usStates[workState]} and ${usStates[other]} in one year of the data.`,
              } as const)
            : equivalentByParity(amount, workState, other, year, parity.parities),
      }))
    : [];
  return (
    <section className="text-sm" data-testid="cost-of-living" aria-labelledby="col-heading">
      <h3 id="col-heading" className="text-base font-semibold">
        Cost of living
      </h3>
      <label className="mt-1 block">
        Compare {usStates[workState]} with{" "}
        <select
          className="rounded border border-slate-300 px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900"
          value={other}
          onChange={(e) => setOther(e.target.value as UsState | "")}
        >
          <option value="">—</option>
          {usStateCodes
            .filter((s) => s !== workState)
            .map((s) => (
              <option key={s} value={s}>
                {usStates[s]}
              </option>
            ))}
        </select>
      </label>
      <ul className="mt-2 space-y-1">
        {lines.map((line) =>
          line.equivalent.ok ? (
            <li key={line.label} data-testid="parity-sentence">
              A {line.label} of {money(line.amount)} in {usStates[workState]} buys what{" "}
              <strong>{money(line.equivalent.equivalent)}</strong> buys in{" "}
              {usStates[line.equivalent.toState]}, by the {line.equivalent.year} regional price
              parities of {parity.source.publisher} ({usStates[workState]} {line.equivalent.fromRpp}
              , {usStates[line.equivalent.toState]} {line.equivalent.toRpp}; US = 100).
            </li>
          ) : (
            <li key={line.label} role="alert">
              {line.equivalent.message}
            </li>
          ),
        )}
      </ul>
      {other && <Citation source={parity.source} />}
    </section>
  );
}
