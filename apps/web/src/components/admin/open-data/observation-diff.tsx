"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { DataTable } from "../../ui/data-table";
import { Pager } from "../../ui/pager";
import { StatusBox } from "../../ui/status-box";
import { cell, muted, noteBox } from "../../ui/styles";
import { apiProblem } from "../trpc-error";

const PAGE_SIZE = 50;
const columns = [
  { label: "Series" },
  { label: "Added", align: "right" as const },
  { label: "Removed", align: "right" as const },
  { label: "Changed", align: "right" as const },
];

type Ref = { id: string; number: number };

/**
 * What changed between two versions of an open-data dataset: observation totals, the series
 * with changes (paged) and a CSV of every changed observation, all computed in Postgres.
 */
export function ObservationDiff({
  datasetId,
  from,
  to,
}: {
  datasetId: string;
  from: Ref;
  to: Ref;
}) {
  const trpc = useTRPC();
  const [offset, setOffset] = useState(0);
  const query = useQuery({
    ...trpc.admin.observations.diff.queryOptions({
      datasetId,
      fromVersionId: from.id,
      toVersionId: to.id,
      offset,
      limit: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const diff = query.data;
  if (query.error && !diff) {
    return <StatusBox status={{ kind: "error", message: apiProblem(query.error).message }} />;
  }
  if (!diff) return <p className={`text-sm ${muted}`}>Comparing the versions…</p>;
  const { counts } = diff;
  const nothing = counts.added + counts.removed + counts.changed === 0;
  const csvHref = `/api/admin/datasets/${datasetId}/diff?${new URLSearchParams({ from: from.id, to: to.id })}`;
  const last = offset + diff.series.length;
  return (
    <section
      aria-labelledby="diff-heading"
      className="grid grid-cols-1 gap-3"
      data-testid="version-diff"
    >
      <h3 id="diff-heading" className="text-base font-semibold">
        From version {from.number} to version {to.number}
      </h3>
      <p className="text-sm" data-testid="diff-counts">
        Observations: {counts.changed.toLocaleString("en-US")} changed,{" "}
        {counts.added.toLocaleString("en-US")} added, {counts.removed.toLocaleString("en-US")}{" "}
        removed, {counts.unchanged.toLocaleString("en-US")} unchanged, in{" "}
        {diff.seriesWithChanges.toLocaleString("en-US")} series with changes.
      </p>
      {nothing ? (
        <p role="status" className={noteBox}>
          The two versions have the same observations.
        </p>
      ) : (
        <>
          <p className="text-sm">
            <a href={csvHref} download className="underline">
              Download the changed observations as CSV
            </a>{" "}
            <span className={muted}>(each with its value in both versions)</span>
          </p>
          <DataTable
            caption={`Series that changed from version ${from.number} to version ${to.number}`}
            showCaption
            columns={columns}
            minWidth="min-w-[32rem]"
            testId="diff-series"
            dimmed={query.isPlaceholderData}
          >
            {diff.series.map((s) => (
              <tr key={s.seriesKey}>
                <th scope="row" className={`${cell} break-all font-mono text-xs font-normal`}>
                  {s.seriesKey}
                </th>
                <td className={`${cell} text-right tabular-nums`}>
                  {s.added.toLocaleString("en-US")}
                </td>
                <td className={`${cell} text-right tabular-nums`}>
                  {s.removed.toLocaleString("en-US")}
                </td>
                <td className={`${cell} text-right tabular-nums`}>
                  {s.changed.toLocaleString("en-US")}
                </td>
              </tr>
            ))}
          </DataTable>
          {diff.seriesWithChanges > PAGE_SIZE && (
            <Pager
              label="Changed series pages"
              position={`Series ${offset + 1}–${last} of ${diff.seriesWithChanges}`}
              loading={query.isFetching}
              onPrevious={offset > 0 ? () => setOffset(Math.max(0, offset - PAGE_SIZE)) : undefined}
              onNext={
                last < diff.seriesWithChanges ? () => setOffset(offset + PAGE_SIZE) : undefined
              }
            />
          )}
        </>
      )}
    </section>
  );
}
