import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ChartsSkeleton } from "~/components/dashboard/charts-skeleton";
import { ScenarioComparison } from "~/components/scenarios/scenario-comparison";
import { loadOr404 } from "~/server/load-or-404";
import { requireSession } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Compare scenarios" };

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<{ ids?: string | string[] }>;
}) {
  const raw = (await searchParams).ids;
  await requireSession("/scenarios");
  const ids = [
    ...new Set(
      (Array.isArray(raw) ? raw : (raw ?? "").split(",")).map((s) => s.trim()).filter(Boolean),
    ),
  ];
  if (ids.length < 2 || ids.length > 4) {
    return (
      <div role="status">
        <h1 className="text-2xl font-bold tracking-tight">Compare scenarios</h1>
        <p className="mt-3">
          Pick two to four scenarios to compare ({ids.length} chosen).{" "}
          <Link href="/scenarios" className="underline">
            Back to your scenarios
          </Link>
        </p>
      </div>
    );
  }
  await loadOr404(() => getQueryClient().fetchQuery(trpc.scenario.compare.queryOptions({ ids })));
  return (
    <HydrateClient>
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">Compare scenarios</h1>
      <Suspense fallback={<ChartsSkeleton />}>
        <ScenarioComparison ids={ids} />
      </Suspense>
    </HydrateClient>
  );
}
