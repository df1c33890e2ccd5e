"use client";

import {
  type ComparedMetric,
  type Currency,
  currencies,
  formatMoney,
  type UsState,
  usStateCodes,
  usStates,
} from "@aiml/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/trpc/react";
import { Citation } from "../calculator/data-citation";
import { parts } from "../calculator/year-bars";

const metrics: { key: ComparedMetric; label: string }[] = [
  { key: "year1Cash", label: "Year-1 cash" },
  { key: "annualizedTotal", label: "Annualized total" },
  { key: "totalOverHorizon", label: "Total over the horizon" },
];

const cell = "border-b border-slate-200 px-2 py-2 text-right tabular-nums dark:border-slate-800";

export function ScenarioComparison({
  ids,
  currency,
  state,
}: {
  ids: string[];
  currency?: Currency;
  state?: UsState;
}) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.scenario.compare.queryOptions({ ids, currency, state }));
  const { scenarios, comparison, conversion, costOfLiving } = data;
  const formatCents = (amount: number) => formatMoney(amount, data.currency);
  const signed = (cents: number) =>
    cents === 0 ? "—" : `${cents > 0 ? "+" : "−"}${formatCents(Math.abs(cents))}`;
  // Yearly bars are in each scenario's own currency: scale each by its own largest year then.
  const sharedMax = Math.max(1, ...scenarios.flatMap((s) => s.result.years.map((y) => y.total)));
  const maxOf = (years: { total: number }[]) =>
    conversion ? Math.max(1, ...years.map((y) => y.total)) : sharedMax;
  return (
    <div className="grid gap-8">
      <form
        method="get"
        action="/scenarios/compare"
        className="flex flex-wrap items-end gap-3 text-sm"
      >
        <input type="hidden" name="ids" value={ids.join(",")} />
        <label>
          Compare in{" "}
          <select
            name="currency"
            defaultValue={data.currency}
            className="rounded border border-slate-300 px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900"
          >
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          At the prices of{" "}
          <select
            name="state"
            defaultValue={state ?? ""}
            className="rounded border border-slate-300 px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="">— (no adjustment)</option>
            {usStateCodes.map((s) => (
              <option key={s} value={s}>
                {usStates[s]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded border border-slate-300 px-2 py-0.5 dark:border-slate-700"
        >
          Apply
        </button>
      </form>
      <div className="text-sm" data-testid="comparison-currency">
        <p>All figures in {data.currency}.</p>
        {conversion && (
          <>
            <p>
              Converted at the {conversion.year} annual average rates:{" "}
              {conversion.rates
                .map((r) => `1 ${r.from} = ${r.rate.toFixed(4)} ${data.currency}`)
                .join("; ")}
              .
            </p>
            <Citation source={conversion.source} />
          </>
        )}
      </div>
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
            {costOfLiving && (
              <tr data-testid="comparison-cost-of-living">
                <th scope="row" className={`${cell} text-left font-normal`}>
                  Annualized total at {usStates[costOfLiving.state]} prices
                </th>
                {costOfLiving.rows.map((row, i) => (
                  <td key={scenarios[i]?.id} className={cell}>
                    {"equivalent" in row ? (
                      <>
                        {formatCents(row.equivalent)}
                        <span className="block text-xs text-slate-600 dark:text-slate-400">
                          from {usStates[row.fromState]} ({row.fromRpp} → {row.toRpp})
                        </span>
                      </>
                    ) : (
                      <span className="text-xs">{row.message}</span>
                    )}
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {costOfLiving && (
        <div className="text-sm">
          <p>
            Each annualized total is scaled by the {costOfLiving.year} regional price parities (US =
            100) of its state and of {usStates[costOfLiving.state]}.
          </p>
          <Citation source={costOfLiving.source} />
        </div>
      )}
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
                          style={{
                            width: `${(y[p.key] / maxOf(s.result.years)) * 100}%`,
                            background: p.color,
                          }}
                        />
                      ))}
                    </div>
                    <span className="text-right tabular-nums">
                      {formatMoney(y.total, s.result.currency)}
                    </span>
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
