"use client";

import { type ComparedMetric, formatCents } from "@aiml/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/trpc/react";
import { parts } from "../calculator/year-bars";

const metrics: { key: ComparedMetric; label: string }[] = [
  { key: "year1Cash", label: "Year-1 cash" },
  { key: "annualizedTotal", label: "Annualized total" },
  { key: "totalOverHorizon", label: "Total over the horizon" },
];

const cell = "border-b border-slate-200 px-2 py-2 text-right tabular-nums dark:border-slate-800";
const signed = (cents: number) =>
  cents === 0 ? "—" : `${cents > 0 ? "+" : "−"}${formatCents(Math.abs(cents))}`;

export function ScenarioComparison({ ids }: { ids: string[] }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.scenario.compare.queryOptions({ ids }));
  const { scenarios, comparison } = data;
  const maxYear = Math.max(1, ...scenarios.flatMap((s) => s.result.years.map((y) => y.total)));
  return (
    <div className="grid gap-8">
      <div className="relative overflow-x-auto">
        <table
          className="w-full min-w-[36rem] border-collapse text-sm"
          data-testid="comparison-table"
        >
          <caption className="sr-only">
            Scenarios side by side; differences are against the first scenario
          </caption>
          <thead>
            <tr>
              <th scope="col" className={`${cell} text-left`}>
                Measure
              </th>
              {scenarios.map((s) => (
                <th key={s.id} scope="col" className={cell}>
                  <Link href={`/scenarios/${s.id}`} className="underline">
                    {s.name}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m.key}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {m.label}
                </th>
                {comparison.rows.map((row, i) => (
                  <td
                    key={scenarios[i]?.id}
                    className={`${cell} ${row.isBest[m.key] ? "font-semibold" : ""}`}
                  >
                    {formatCents(row[m.key])}
                    {row.isBest[m.key] && <span className="ml-1 text-xs">(best)</span>}
                    {i > 0 && (
                      <span className="block text-xs text-slate-600 dark:text-slate-400">
                        {signed(row.versusFirst[m.key])} vs first
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row" className={`${cell} text-left font-normal`}>
                Equity unvested at the end
              </th>
              {comparison.rows.map((row, i) => (
                <td key={scenarios[i]?.id} className={cell}>
                  {formatCents(row.unvestedEquityAtGrantValue)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {comparison.callouts.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="comparison-callouts">
          {comparison.callouts.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <section aria-labelledby="per-year-heading">
        <h2 id="per-year-heading" className="mb-3 text-lg font-semibold">
          Year by year
        </h2>
        <div className="grid gap-6 md:grid-cols-2">
          {scenarios.map((s) => (
            <figure key={s.id}>
              <figcaption className="mb-2 text-sm font-medium">{s.name}</figcaption>
              <ul className="space-y-2" aria-hidden="true">
                {s.result.years.map((y) => (
                  <li
                    key={y.year}
                    className="grid grid-cols-[4rem_1fr_7rem] items-center gap-2 text-sm"
                  >
                    <span>Year {y.year}</span>
                    <div className="flex h-4 overflow-hidden rounded bg-slate-100 dark:bg-slate-800">
                      {parts.map((p) => (
                        <div
                          key={p.key}
                          style={{ width: `${(y[p.key] / maxYear) * 100}%`, background: p.color }}
                        />
                      ))}
                    </div>
                    <span className="text-right tabular-nums">{formatCents(y.total)}</span>
                  </li>
                ))}
              </ul>
            </figure>
          ))}
        </div>
      </section>
    </div>
  );
}
