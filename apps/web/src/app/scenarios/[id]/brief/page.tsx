import type { Metadata } from "next";
import Link from "next/link";
import { loadOr404 } from "~/server/load-or-404";
import { requireSession } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Negotiation brief" };

/** The brief as a printable page: the same sections as the PDF. */
export default async function BriefPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireSession(`/scenarios/${id}/brief`);
  const { brief } = await loadOr404(() =>
    getQueryClient().fetchQuery(trpc.scenario.brief.queryOptions({ id })),
  );
  return (
    <article className="mx-auto max-w-3xl text-sm print:max-w-none" data-testid="brief">
      <div className="mb-4 flex flex-wrap gap-4 print:hidden">
        <a href={`/api/scenarios/${id}/brief`} className="font-medium underline" download>
          Download the PDF
        </a>
        <Link href={`/scenarios/${id}`} className="underline">
          Back to the scenario
        </Link>
      </div>
      <h1 className="text-2xl font-bold tracking-tight">{brief.title}</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">{brief.subtitle}</p>
      {brief.sections.map((section) => (
        <section key={section.heading} className="mt-5 break-inside-avoid">
          <h2 className="text-base font-semibold">{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p} className="mt-1">
              {p}
            </p>
          ))}
          {section.table && (
            <table className="mt-2 w-full border-collapse">
              <thead>
                <tr>
                  {section.table.header.map((h, i) => (
                    <th
                      key={h}
                      scope="col"
                      className={`border-b border-slate-300 py-1 ${i === 0 ? "text-left" : "text-right"}`}
                    >
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {section.table.rows.map((row) => (
                  <tr key={row[0]}>
                    {row.map((cell, i) => (
                      <td
                        // Cells of a row are fixed columns: their place is their identity.
                        key={i}
                        className={`border-b border-slate-200 py-1 tabular-nums ${i === 0 ? "text-left" : "text-right"}`}
                      >
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {section.citations?.map((c) => (
            <p key={c} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              {c}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
