"use client";

import { formatMoney } from "@aiml/domain";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

const cell = "border-b border-slate-200 px-2 py-2 text-left align-middle dark:border-slate-800";
const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

export function ScenarioList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: scenarios } = useSuspenseQuery(trpc.scenario.list.queryOptions());
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.scenario.list.queryKey() });
  const duplicate = useMutation(
    trpc.scenario.duplicate.mutationOptions({
      onSuccess: refresh,
      onError: (e) => setError(e.message),
    }),
  );
  const remove = useMutation(
    trpc.scenario.delete.mutationOptions({
      onSuccess: refresh,
      onError: (e) => setError(e.message),
    }),
  );

  if (scenarios.length === 0) {
    return (
      <p role="status" className="rounded bg-slate-50 p-4 text-sm dark:bg-slate-900">
        No saved scenarios yet.{" "}
        <Link href="/calculator" className="underline">
          Build one in the calculator
        </Link>
        .
      </p>
    );
  }

  const toggle = (id: string) =>
    setSelected((s) =>
      s.includes(id) ? s.filter((x) => x !== id) : s.length < 4 ? [...s, id] : s,
    );
  const compareHref = `/scenarios/compare?${new URLSearchParams(selected.map((id) => ["ids", id])).toString()}`;

  return (
    <div>
      {error && (
        <p
          role="alert"
          className="mb-3 rounded bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {error}
        </p>
      )}
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid="scenario-list">
          <caption className="sr-only">Your saved scenarios</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                <span className="sr-only">Compare</span>
              </th>
              <th scope="col" className={cell}>
                Name
              </th>
              <th scope="col" className={`${cell} text-right`}>
                Year-1 cash
              </th>
              <th scope="col" className={`${cell} text-right`}>
                Annualized
              </th>
              <th scope="col" className={cell}>
                Updated
              </th>
              <th scope="col" className={cell}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.id}>
                <td className={cell}>
                  <input
                    type="checkbox"
                    aria-label={`Compare ${s.name}`}
                    checked={selected.includes(s.id)}
                    disabled={!selected.includes(s.id) && selected.length >= 4}
                    onChange={() => toggle(s.id)}
                  />
                </td>
                <th scope="row" className={`${cell} font-medium`}>
                  <Link href={`/scenarios/${s.id}`} className="underline">
                    {s.name}
                  </Link>
                  {s.company && (
                    <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">
                      {s.company}
                    </span>
                  )}
                </th>
                <td className={`${cell} text-right tabular-nums`}>
                  {formatMoney(s.year1Cash, s.currency)}
                </td>
                <td className={`${cell} text-right tabular-nums`}>
                  {formatMoney(s.annualizedTotal, s.currency)}{" "}
                  <span className="text-xs text-slate-600 dark:text-slate-400">
                    / {s.horizonYears} yrs
                  </span>
                </td>
                <td className={cell}>{dateFormat.format(s.updatedAt)}</td>
                <td className={`${cell} whitespace-nowrap`}>
                  <button
                    type="button"
                    className="underline"
                    onClick={() => duplicate.mutate({ id: s.id })}
                  >
                    Duplicate<span className="sr-only"> {s.name}</span>
                  </button>{" "}
                  <button
                    type="button"
                    className="ml-2 text-red-700 underline dark:text-red-400"
                    onClick={() => {
                      if (window.confirm(`Delete “${s.name}”? This cannot be undone.`))
                        remove.mutate({ id: s.id });
                    }}
                  >
                    Delete<span className="sr-only"> {s.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-4 flex items-center gap-3 text-sm">
        {selected.length >= 2 ? (
          <Link
            href={compareHref}
            className="rounded bg-slate-900 px-3 py-1.5 text-white dark:bg-slate-100 dark:text-slate-900"
          >
            Compare {selected.length} scenarios
          </Link>
        ) : (
          <span className="text-slate-600 dark:text-slate-400">
            Tick two to four scenarios to compare them.
          </span>
        )}
      </div>
    </div>
  );
}
