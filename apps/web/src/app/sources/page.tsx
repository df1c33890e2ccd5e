import type { Metadata } from "next";
import { Suspense } from "react";
import { ChartsSkeleton } from "~/components/dashboard/charts-skeleton";
import { SourcesList } from "~/components/sources/sources-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

export default function SourcesPage() {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Sources</h1>
      <p className="mt-2 mb-6 max-w-3xl text-slate-600 dark:text-slate-400">
        Every dataset behind the dashboards: who published it, the date it describes, how it was
        gathered, the document it was read from, and every figure in it.
      </p>
      <Suspense fallback={<ChartsSkeleton />}>
        <SourcesList />
      </Suspense>
    </>
  );
}
