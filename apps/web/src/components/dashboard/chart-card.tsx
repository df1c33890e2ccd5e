import { type ChartView, summarizeBars, unitNames } from "@aiml/domain";
import Link from "next/link";
import { BarChart } from "../charts/bar-chart";
import { MarkupHost } from "../charts/markup-host";
import { SourceChip } from "../source-chip";
import { ChartTable } from "./chart-table";
import { ComputedFigures } from "./computed-figures";
import { FigureList } from "./figure-list";

export function ChartCard({
  chart,
  csvHref,
  svgHref,
}: {
  chart: ChartView;
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
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {chart.description}
          {chart.unit && <> Unit: {unitNames[chart.unit]}.</>}
        </p>
      </header>

      {chart.emptyMessage ? (
        <p role="status" className="rounded bg-slate-50 p-3 text-sm dark:bg-slate-900">
          {chart.emptyMessage}
        </p>
      ) : chart.kind === "bars" && chart.unit ? (
        <MarkupHost
          node={
            <BarChart
              id={chart.id}
              rows={chart.rows}
              unit={chart.unit}
              label={summarizeBars(chart)}
              title={chart.title}
            />
          }
        />
      ) : (
        <MarkupHost node={<FigureList chart={chart} />} />
      )}
      {chart.omittedRows > 0 && (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400" data-testid="omitted-rows">
          Showing the first {chart.rows.length} of {chart.rows.length + chart.omittedRows} figures
          in this order; the CSV download has all of them.
        </p>
      )}
      {chart.computed.length > 0 && (
        <MarkupHost node={<ComputedFigures figures={chart.computed} />} />
      )}
      {chart.hiddenNote && (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{chart.hiddenNote}</p>
      )}

      {chart.rows.length > 0 && (
        <>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            {chart.sources.map((s) => (
              <SourceChip key={s.datasetSlug} source={s} />
            ))}
            {chart.omittedSources > 0 && (
              <span
                className="text-xs text-slate-600 dark:text-slate-400"
                data-testid="more-sources"
              >
                and {chart.omittedSources} more sources, named in the table and on the{" "}
                <Link href="/sources" className="underline underline-offset-2">
                  Sources
                </Link>{" "}
                page
              </span>
            )}
          </div>
          <div className="mt-3 flex flex-wrap items-start gap-4 text-sm">
            <details className="w-full">
              <summary className="cursor-pointer underline underline-offset-2">
                Show as table
              </summary>
              <MarkupHost className="mt-2" node={<ChartTable chart={chart} />} />
            </details>
            <a href={csvHref} download className="underline underline-offset-2">
              Download CSV<span className="sr-only"> of {chart.title}</span>
            </a>
            {chart.kind === "bars" && (
              <a href={svgHref} download className="underline underline-offset-2">
                Download SVG<span className="sr-only"> of {chart.title}</span>
              </a>
            )}
          </div>
        </>
      )}
    </section>
  );
}
