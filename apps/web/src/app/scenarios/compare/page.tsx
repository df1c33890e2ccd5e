import { isCurrency, isUsState } from "@aiml/domain";
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
  searchParams: Promise<{ ids?: string | string[]; currency?: string; state?: string }>;
}) {
  const params = await searchParams;
  const raw = params.ids;
  // An unknown currency or state in the URL is ignored with a notice.
  const currency = params.currency && isCurrency(params.currency) ? params.currency : undefined;
  const state = params.state && isUsState(params.state) ? params.state : undefined;
  const ignored = [
    params.currency && !currency ? `currency “${params.currency}”` : null,
    params.state && !state ? `state “${params.state}”` : null,
  ].filter(Boolean);
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
  await loadOr404(() =>
    getQueryClient().fetchQuery(trpc.scenario.compare.queryOptions({ ids, currency, state })),
  );
  return (
    <HydrateClient>
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">Compare scenarios</h1>
      {ignored.length > 0 && (
        <p role="status" className="mb-4 rounded bg-amber-50 p-3 text-sm dark:bg-amber-950">
          Ignored the unknown {ignored.join(" and ")} in the address.
        </p>
      )}
      <Suspense fallback={<ChartsSkeleton />}>
        <ScenarioComparison ids={ids} currency={currency} state={state} />
      </Suspense>
    </HydrateClient>
  );
}
