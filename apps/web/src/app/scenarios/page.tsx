import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ChartsSkeleton } from "~/components/dashboard/charts-skeleton";
import { ScenarioList } from "~/components/scenarios/scenario-list";
import { requireSession } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "My scenarios" };

export default async function ScenariosPage() {
  // Layouts and pages render in parallel: check here too before querying.
  await requireSession("/scenarios");
  await getQueryClient().prefetchQuery(trpc.scenario.list.queryOptions());
  return (
    <HydrateClient>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">My scenarios</h1>
        <Link
          href="/calculator"
          className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white dark:bg-slate-100 dark:text-slate-900"
        >
          New scenario
        </Link>
      </div>
      <Suspense fallback={<ChartsSkeleton />}>
        <ScenarioList />
      </Suspense>
    </HydrateClient>
  );
}
