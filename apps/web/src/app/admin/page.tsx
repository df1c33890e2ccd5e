import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { DatasetList } from "~/components/admin/dataset-list";
import { AdminSkeleton } from "~/components/admin/skeleton";
import { primaryButton } from "~/components/ui/styles";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { requireAdmin } from "./_lib/require-admin";

export const metadata: Metadata = { title: "Admin: datasets" };

export default async function AdminDatasetsPage() {
  if (!(await requireAdmin("/admin"))) return null;
  await getQueryClient().prefetchQuery(trpc.admin.datasets.list.queryOptions());
  return (
    <HydrateClient>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Datasets</h1>
        <Link href="/admin/datasets/new" className={primaryButton}>
          New dataset
        </Link>
      </div>
      <Suspense fallback={<AdminSkeleton label="Loading the datasets…" />}>
        <DatasetList />
      </Suspense>
    </HydrateClient>
  );
}
