import { decodeScenarioState, defaultScenarioInputs, SCENARIO_URL_PARAM } from "@aiml/domain";
import type { Metadata } from "next";
import { InitialResults } from "~/components/calculator/initial-results";
import { ScenarioEditor } from "~/components/calculator/scenario-editor";
import { pageMetadata } from "~/components/page-metadata";
import { getRequestCaller } from "~/server/caller";
import { getSession } from "~/server/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = pageMetadata(
  "Offer calculator",
  "Work out an AI/ML job offer year by year: base, raises, bonus, signing bonus and equity with vesting, and compare it with market benchmarks.",
);

/** Figures from a shared link, checked with the shared schema; a bad link gives a notice. */
function fromLink(param: string | string[] | undefined) {
  if (param === undefined) return undefined;
  const decoded = decodeScenarioState(Array.isArray(param) ? (param[0] ?? "") : param);
  return decoded.ok ? { inputs: decoded.inputs } : { notice: decoded.message };
}

export default async function CalculatorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const caller = getRequestCaller();
  const [session, dimensions, openData, params] = await Promise.all([
    getSession(),
    caller.then((c) => c.market.dimensions()),
    caller.then((c) => c.offer.calculatorData()),
    searchParams,
  ]);
  const link = fromLink(params[SCENARIO_URL_PARAM]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Offer calculator</h1>
      <p className="mt-2 mb-6 max-w-3xl text-slate-600 dark:text-slate-400">
        What an offer is really worth, year by year: uneven vesting, one-off signing bonuses and the
        equity's risk included, not hidden in a single total-comp number.
      </p>
      <ScenarioEditor
        mode={{ kind: "new", signedIn: !!session, fromLink: link }}
        initialResults={
          <InitialResults
            inputs={(link && "inputs" in link && link.inputs) || defaultScenarioInputs}
            retirementLimitCents={openData.retirementLimit?.cents ?? null}
          />
        }
        dimensions={dimensions}
        occupations={openData.occupations}
        fx={openData.fx ?? undefined}
        parity={openData.parity ?? undefined}
        retirementLimit={openData.retirementLimit}
        practices={openData.practices}
      />
    </>
  );
}
