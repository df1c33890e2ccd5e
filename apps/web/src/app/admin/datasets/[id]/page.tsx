import type { Metadata } from "next";
import { Suspense } from "react";
import { DatasetDetails, DatasetHeader } from "~/components/admin/dataset-header";
import { DraftPanel } from "~/components/admin/draft/draft-panel";
import { ImportPanel } from "~/components/admin/import-panel";
import { DRAFT_PAGE_SIZE } from "~/components/admin/page-sizes";
import { AdminSkeleton } from "~/components/admin/skeleton";
import { VersionsPanel } from "~/components/admin/versions-panel";
import { panel } from "~/components/ui/styles";
import { loadOr404 } from "~/server/load-or-404";
import { getSession } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { requireAdmin } from "../../_lib/require-admin";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const { id } = await params;
  if ((await getSession())?.user.role !== "admin") return { title: "Admin" };
  try {
    const dataset = await getQueryClient().fetchQuery(trpc.admin.datasets.get.queryOptions({ id }));
    return { title: `Admin: ${dataset.metadata.title}` };
  } catch {
    return { title: "Admin: dataset" };
  }
}

const sections = [
  { id: "details", title: "Details" },
  { id: "draft", title: "Draft" },
  { id: "import", title: "Import a CSV file" },
  { id: "versions", title: "Versions" },
] as const;

export default async function AdminDatasetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await requireAdmin(`/admin/datasets/${id}`))) return null;
  const queryClient = getQueryClient();
  await Promise.all([
    loadOr404(() => queryClient.fetchQuery(trpc.admin.datasets.get.queryOptions({ id }))),
    queryClient.prefetchQuery(
      trpc.admin.drafts.get.queryOptions({ datasetId: id, offset: 0, limit: DRAFT_PAGE_SIZE }),
    ),
    queryClient.prefetchQuery(trpc.admin.versions.list.queryOptions({ datasetId: id })),
  ]);
  const section = (sectionId: (typeof sections)[number]["id"], children: React.ReactNode) => {
    const title = sections.find((s) => s.id === sectionId)?.title;
    return (
      <section
        id={sectionId}
        aria-labelledby={`${sectionId}-heading`}
        className={`${panel} scroll-mt-4`}
      >
        <h2 id={`${sectionId}-heading`} className="mb-4 text-lg font-semibold">
          {title}
        </h2>
        <Suspense fallback={<AdminSkeleton label={`Loading ${title?.toLowerCase()}…`} />}>
          {children}
        </Suspense>
      </section>
    );
  };
  return (
    <HydrateClient>
      <Suspense fallback={<AdminSkeleton label="Loading the dataset…" rows={1} />}>
        <DatasetHeader datasetId={id} />
      </Suspense>
      <nav aria-label="On this page" className="mb-6 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="underline">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid grid-cols-1 gap-6">
        {section("details", <DatasetDetails datasetId={id} />)}
        {section("draft", <DraftPanel datasetId={id} />)}
        {section("import", <ImportPanel datasetId={id} />)}
        {section("versions", <VersionsPanel datasetId={id} />)}
      </div>
    </HydrateClient>
  );
}
