import type { OpenDataSource } from "@aiml/api";
import Link from "next/link";
import { Sparkline } from "../charts/sparkline";
import { SourceCredit } from "./source-credit";

export interface Kpi {
  id: string;
  title: string;
  href: string;
  value: string;
  /** The change over a stated period, in words: "+4.1 points since Aug 14, 2025". */
  change: string;
  note?: string;
  spark: number[];
  source: OpenDataSource;
}

/** A headline figure with its recent shape, its change over a stated period and its source. */
export function KpiCard({ kpi }: { kpi: Kpi }) {
  return (
    <li
      data-testid={`kpi-${kpi.id}`}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 className="text-sm font-medium text-slate-600 dark:text-slate-400">
        <Link href={kpi.href} prefetch={false} className="underline-offset-2 hover:underline">
          {kpi.title}
          <span aria-hidden="true"> →</span>
        </Link>
      </h2>
      <p className="text-3xl font-semibold tabular-nums">{kpi.value}</p>
      <p className="text-sm text-slate-700 dark:text-slate-300">{kpi.change}</p>
      <Sparkline values={kpi.spark} />
      {kpi.note && <p className="text-xs text-slate-600 dark:text-slate-400">{kpi.note}</p>}
      <div className="mt-auto pt-1">
        <SourceCredit source={kpi.source} />
      </div>
    </li>
  );
}
