import { MarkupHost } from "../charts/markup-host";
import { SourceChip } from "../source-chip";
import type { OpenChart } from "./open-chart";
import { SourceCredit } from "./source-credit";

/** An open-data chart's card: the figure, its notes and sources, its table, CSV and SVG. */
export function OpenChartCard({
  chart,
  csvHref,
  svgHref,
}: {
  chart: OpenChart;
  csvHref: string;
  svgHref: string;
}) {
  const headingId = `chart-${chart.id}`;
  return (
    <section
      aria-labelledby={headingId}
      data-testid={`chart-${chart.id}`}
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <header className="mb-3">
        <h2 id={headingId} className="text-lg font-semibold">
          {chart.title}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{chart.description}</p>
      </header>
      {chart.beside ? (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <MarkupHost node={chart.figure} />
          <MarkupHost className="self-start" node={<RankedBeside beside={chart.beside} />} />
        </div>
      ) : (
        <MarkupHost node={chart.figure} />
      )}
      {chart.notes.length > 0 && (
        <ul className="mt-2 space-y-1 text-xs text-slate-700 dark:text-slate-300">
          {chart.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {chart.sources.map((s) => (
          <SourceCredit key={s.datasetSlug} source={s} />
        ))}
        {chart.figureSources?.map((s) => (
          <SourceChip key={s.datasetSlug} source={s} />
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-start gap-4 text-sm">
        <details className="w-full">
          <summary className="cursor-pointer underline underline-offset-2">Show as table</summary>
          <MarkupHost
            className="relative mt-2 overflow-x-auto"
            node={<ChartTableView table={chart.table} />}
          />
        </details>
        <a href={csvHref} download className="underline underline-offset-2">
          Download CSV<span className="sr-only"> of {chart.title}</span>
        </a>
        <a href={svgHref} download className="underline underline-offset-2">
          Download SVG<span className="sr-only"> of {chart.title}</span>
        </a>
      </div>
    </section>
  );
}

/** The chart's figures as a table, behind "Show as table". */
function ChartTableView({ table }: { table: OpenChart["table"] }) {
  return (
    <table className="data-table">
      <caption className="sr-only">{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i} className={i === table.highlightRow ? "font-semibold" : undefined}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={table.columns[j]} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={table.columns[j]}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The top and bottom of a ranking, beside a map on wide screens. */
function RankedBeside({ beside }: { beside: NonNullable<OpenChart["beside"]> }) {
  return (
    <table className="data-table" data-testid="ranked-beside">
      <caption className="mb-1 text-left text-xs text-slate-600 dark:text-slate-400">
        {beside.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">State</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {beside.rows.map((r) => (
          <tr key={r.rank} className={r.picked ? "font-semibold" : undefined}>
            <td>{r.rank}</td>
            <th scope="row">{r.label}</th>
            <td>{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
