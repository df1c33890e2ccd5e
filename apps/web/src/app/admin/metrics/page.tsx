import type { Metadata } from "next";
import { Suspense } from "react";
import { MetricList } from "~/components/admin/metric-list";
import { AdminSkeleton } from "~/components/admin/skeleton";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { requireAdmin } from "../_lib/require-admin";

export const metadata: Metadata = { title: "Admin: metrics" };

export default async function AdminMetricsPage() {
  const session = await requireAdmin("/admin/metrics");
  if (!session) return null;
  await getQueryClient().prefetchQuery(trpc.admin.metrics.list.queryOptions());
  return (
    <HydrateClient>
      <h1 className="mb-2 text-2xl font-bold tracking-tight sm:text-3xl">Metrics</h1>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
        Which open-data metrics each dashboard draws, and how. A published dataset whose series have
        a metric defined here shows on that metric&apos;s page on the next request.
      </p>
      <Suspense fallback={<AdminSkeleton label="Loading the metrics…" />}>
        <MetricList />
      </Suspense>
    </HydrateClient>
  );
}
