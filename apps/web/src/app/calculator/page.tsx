import type { Metadata } from "next";
import { ScenarioEditor } from "~/components/calculator/scenario-editor";
import { pageMetadata } from "~/components/page-metadata";
import { getRequestCaller } from "~/server/caller";
import { getSession } from "~/server/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = pageMetadata(
  "Offer calculator",
  "Work out an AI/ML job offer year by year: base, raises, bonus, signing bonus and equity with vesting, and compare it with market benchmarks.",
);

export default async function CalculatorPage() {
  const [session, dimensions] = await Promise.all([
    getSession(),
    getRequestCaller().then((caller) => caller.market.dimensions()),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Offer calculator</h1>
      <p className="mt-2 mb-6 max-w-3xl text-slate-600 dark:text-slate-400">
        What an offer is really worth, year by year: uneven vesting, one-off signing bonuses and the
        equity's risk included, not hidden in a single total-comp number.
      </p>
      <ScenarioEditor mode={{ kind: "new", signedIn: !!session }} dimensions={dimensions} />
    </>
  );
}
