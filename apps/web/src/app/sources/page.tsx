import type { Metadata } from "next";
import { Notices } from "~/components/dashboard/notices";
import { pageMetadata } from "~/components/page-metadata";
import { SourcesList } from "~/components/sources/sources-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = pageMetadata(
  "Sources",
  "Every dataset behind the dashboards: publisher, licence and attribution, coverage, as-of date and methodology.",
);

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** `?page=` as a page number, or a notice saying why it was not used. */
function parsePage(raw: string | undefined): { page?: number; notice?: string } {
  if (raw === undefined) return {};
  const page = Number(raw);
  if (/^\d{1,7}$/.test(raw) && page >= 1) return { page };
  return { notice: `“${raw.slice(0, 40)}” is not a page number: showing the first page.` };
}

export default async function SourcesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { page, notice } = parsePage(first(params.page));
  const dataset = first(params.dataset)?.slice(0, 200);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Sources</h1>
      <p className="mt-2 mb-6 max-w-3xl text-slate-600 dark:text-slate-400">
        Every dataset behind the dashboards: who published it, the date it describes, how it was
        gathered, the document it was read from, and every figure in it.
      </p>
      <Notices notices={notice ? [notice] : []} />
      <SourcesList page={page} dataset={dataset} />
    </>
  );
}
