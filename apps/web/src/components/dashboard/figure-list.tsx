import type { ChartView } from "@aiml/domain";
import { describeFigure } from "../charts/describe-figure";

/** Figures of mixed units, listed with their values and notes. */
export function FigureList({ chart }: { chart: ChartView }) {
  return (
    <dl className="divide-y divide-slate-200 dark:divide-slate-800">
      {chart.rows.map((r) => (
        <div key={r.id} className="grid gap-1 py-2 sm:grid-cols-[1fr_auto] sm:gap-4">
          <dt className="text-sm">{r.rowLabel}</dt>
          <dd className="text-sm font-semibold tabular-nums sm:text-right">{describeFigure(r)}</dd>
          {r.note && (
            <dd className="text-xs text-slate-600 sm:col-span-2 dark:text-slate-400">{r.note}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}
