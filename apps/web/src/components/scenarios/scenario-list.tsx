"use client";

import { formatMoney } from "@aiml/domain";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { Button } from "../ui/button";
import { DataTable } from "../ui/data-table";
import { StatusBox } from "../ui/status-box";
import { middleCell as cell, muted, noteBox, primaryButton } from "../ui/styles";

const scenarioColumns = [
  { label: "Compare", hidden: true },
  { label: "Name" },
  { label: "Year-1 cash", align: "right" as const },
  { label: "Annualized", align: "right" as const },
  { label: "Updated" },
  { label: "Actions", hidden: true },
];
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
      <p role="status" className={noteBox}>
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
      <div className="mb-3 empty:hidden">
        <StatusBox status={error === null ? null : { kind: "error", message: error }} />
      </div>
      <DataTable
        caption="Your saved scenarios"
        columns={scenarioColumns}
        minWidth="min-w-[40rem]"
        testId="scenario-list"
      >
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
              {s.company && <span className={`ml-1 text-xs ${muted}`}>{s.company}</span>}
            </th>
            <td className={`${cell} text-right tabular-nums`}>
              {formatMoney(s.year1Cash, s.currency)}
            </td>
            <td className={`${cell} text-right tabular-nums`}>
              {formatMoney(s.annualizedTotal, s.currency)}{" "}
              <span className={`text-xs ${muted}`}>/ {s.horizonYears} yrs</span>
            </td>
            <td className={cell}>{dateFormat.format(s.updatedAt)}</td>
            <td className={`${cell} whitespace-nowrap`}>
              <Button variant="link" onClick={() => duplicate.mutate({ id: s.id })}>
                Duplicate<span className="sr-only"> {s.name}</span>
              </Button>{" "}
              <Button
                variant="link"
                className="ml-2 text-red-700 dark:text-red-400"
                onClick={() => {
                  if (window.confirm(`Delete “${s.name}”? This cannot be undone.`))
                    remove.mutate({ id: s.id });
                }}
              >
                Delete<span className="sr-only"> {s.name}</span>
              </Button>
            </td>
          </tr>
        ))}
      </DataTable>
      <div className="mt-4 flex items-center gap-3 text-sm">
        {selected.length >= 2 ? (
          <Link href={compareHref} className={primaryButton}>
            Compare {selected.length} scenarios
          </Link>
        ) : (
          <span className={muted}>Tick two to four scenarios to compare them.</span>
        )}
      </div>
    </div>
  );
}
