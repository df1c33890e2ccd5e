import { formatAsOf } from "@aiml/domain";
import Link from "next/link";
import { getRequestCaller } from "~/server/caller";
import { describeFigure } from "../charts/describe-figure";
import { MarkupHost } from "../charts/markup-host";
import { openDatasetCharts } from "../open-data/dataset-charts";
import { DatasetCoverage } from "../open-data/dataset-coverage";

type SourcesData = Awaited<
  ReturnType<Awaited<ReturnType<typeof getRequestCaller>>["market"]["sources"]>
>;

/** Rendered on the server only. */
export async function SourcesList({ page, dataset }: { page?: number; dataset?: string }) {
  const data = await (await getRequestCaller()).market.sources({ page, dataset });
  const documentTitle = new Map(data.documents.map((d) => [d.id, d.title]));
  return (
    <div className="grid gap-8">
      {data.pageMissing && (
        <p role="status" className="rounded bg-slate-50 p-3 text-sm dark:bg-slate-900">
          There is no page {page}: the {data.datasetCount} datasets fill {data.pageCount}{" "}
          {data.pageCount === 1 ? "page" : "pages"}. Showing page {data.page}.
        </p>
      )}
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading" className="text-lg font-semibold">
          Documents the figures were read from
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {data.documents.map((d) => (
            <li key={d.id} id={`document-${d.id}`}>
              <span className="font-medium">{d.title}</span>
              {d.author && <> by {d.author}</>}
              {d.publisher && <> ({d.publisher})</>}. {d.description}
            </li>
          ))}
        </ul>
      </section>
      {data.datasets.map((d) => (
        <section
          key={d.slug}
          id={d.slug}
          aria-labelledby={`${d.slug}-heading`}
          data-testid={`dataset-${d.slug}`}
          className="scroll-mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
        >
          <h2 id={`${d.slug}-heading`} className="text-lg font-semibold">
            {d.title}
          </h2>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="text-slate-600 dark:text-slate-400">Publisher</dt>
            <dd>{d.publisher}</dd>
            <dt className="text-slate-600 dark:text-slate-400">As of</dt>
            <dd>{formatAsOf(d.asOf, d.asOfPrecision)}</dd>
            {d.sourceUrl && (
              <>
                <dt className="text-slate-600 dark:text-slate-400">Source</dt>
                <dd>
                  <a href={d.sourceUrl} rel="noopener noreferrer nofollow" className="underline">
                    {d.sourceUrl}
                  </a>
                </dd>
              </>
            )}
            {d.licenceName && (
              <>
                <dt className="text-slate-600 dark:text-slate-400">Licence</dt>
                <dd data-testid="dataset-licence">
                  {d.licenceUrl ? (
                    <a href={d.licenceUrl} rel="license noopener" className="underline">
                      {d.licenceName}
                    </a>
                  ) : (
                    d.licenceName
                  )}
                </dd>
              </>
            )}
            {d.attribution && (
              <>
                <dt className="text-slate-600 dark:text-slate-400">Attribution</dt>
                <dd>{d.attribution}</dd>
              </>
            )}
            {d.openData && (
              <>
                <dt className="text-slate-600 dark:text-slate-400">Coverage</dt>
                <dd>
                  <DatasetCoverage slug={d.slug} />
                </dd>
              </>
            )}
            <dt className="text-slate-600 dark:text-slate-400">Published version</dt>
            <dd>{d.version !== null ? `v${d.version}` : "—"}</dd>
            {d.methodology && (
              <>
                <dt className="text-slate-600 dark:text-slate-400">Methodology</dt>
                <dd className="whitespace-pre-line">{d.methodology}</dd>
              </>
            )}
            <dt className="text-slate-600 dark:text-slate-400">Used in</dt>
            <dd>
              {d.openData
                ? (openDatasetCharts[d.slug] ?? []).map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ", "}
                      <Link href={`${c.path}#chart-${c.id}`} className="underline">
                        {c.title}
                      </Link>
                    </span>
                  ))
                : d.charts.length === 0
                  ? d.sourcesOnly
                    ? "Listed here only: advertising claims, not market data."
                    : "No chart yet."
                  : d.charts.map((c, i) => (
                      <span key={c.id}>
                        {i > 0 && ", "}
                        <Link href={`${c.path}#chart-${c.id}`} className="underline">
                          {c.title}
                        </Link>
                      </span>
                    ))}
            </dd>
          </dl>
          {!d.openData && (
            <details className="mt-3">
              <summary className="cursor-pointer text-sm underline underline-offset-2">
                All {d.figures.length} figures
              </summary>
              <MarkupHost
                className="relative mt-2 overflow-x-auto"
                node={<FiguresTable dataset={d} documentTitle={documentTitle} />}
              />
            </details>
          )}
        </section>
      ))}
      <SourcesPager page={data.page} pageCount={data.pageCount} total={data.datasetCount} />
    </div>
  );
}

function SourcesPager({
  page,
  pageCount,
  total,
}: {
  page: number;
  pageCount: number;
  total: number;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages of datasets" className="flex items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={`/sources?page=${page - 1}`} className="underline" rel="prev">
          Previous page
        </Link>
      )}
      <span>
        Page {page} of {pageCount} ({total} datasets)
      </span>
      {page < pageCount && (
        <Link href={`/sources?page=${page + 1}`} className="underline" rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}

/** A document's figures, behind "All N figures". */
function FiguresTable({
  dataset,
  documentTitle,
}: {
  dataset: SourcesData["datasets"][number];
  documentTitle: Map<string, string>;
}) {
  return (
    <table className="data-table min-w-[40rem]">
      <caption className="sr-only">Figures in {dataset.title}</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Value</th>
          <th scope="col">As stated in the document</th>
        </tr>
      </thead>
      <tbody>
        {dataset.figures.map((f) => (
          <tr key={f.id}>
            <th scope="row">{f.label}</th>
            <td>{describeFigure(f)}</td>
            <td>
              {f.quote && <q>{f.quote}</q>}
              {f.source.documentId && (
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {documentTitle.get(f.source.documentId) ?? f.source.documentId}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
