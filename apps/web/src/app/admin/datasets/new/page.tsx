import type { Metadata } from "next";
import Link from "next/link";
import { DatasetForm } from "~/components/admin/dataset-form";
import { requireAdmin } from "../../_lib/require-admin";

export const metadata: Metadata = { title: "Admin: new dataset" };

export default async function NewDatasetPage() {
  if (!(await requireAdmin("/admin/datasets/new"))) return null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin" className="underline">
          ← All datasets
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">New dataset</h1>
      <DatasetForm mode={{ kind: "new" }} />
    </>
  );
}
