import type { Metadata } from "next";
import { Suspense } from "react";
import { InitialResults } from "~/components/calculator/initial-results";
import { ScenarioEditor } from "~/components/calculator/scenario-editor";
import { MarketPosition } from "~/components/scenarios/market-position";
import { ScenarioActions } from "~/components/scenarios/scenario-actions";
import { loadOr404 } from "~/server/load-or-404";
import { requireSession } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Scenario" };

export default async function ScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireSession(`/scenarios/${id}`);
  const queryClient = getQueryClient();
  const [scenario, dimensions, openData] = await Promise.all([
    loadOr404(() => queryClient.fetchQuery(trpc.scenario.get.queryOptions({ id }))),
    queryClient.fetchQuery(trpc.market.dimensions.queryOptions()),
    queryClient.fetchQuery(trpc.offer.calculatorData.queryOptions()),
    queryClient.prefetchQuery(trpc.scenario.marketPosition.queryOptions({ id })),
  ]);
  return (
    <HydrateClient>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{scenario.name}</h1>
        <ScenarioActions id={scenario.id} name={scenario.name} />
      </div>
      <ScenarioEditor
        key={scenario.id}
        mode={{
          kind: "edit",
          id: scenario.id,
          revision: scenario.revision,
          inputs: scenario.inputs,
        }}
        initialResults={
          <InitialResults
            inputs={scenario.inputs}
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
      <Suspense fallback={null}>
        <MarketPosition id={scenario.id} />
      </Suspense>
    </HydrateClient>
  );
}
