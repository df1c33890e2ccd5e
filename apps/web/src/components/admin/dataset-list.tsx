"use client";

import { formatAsOf } from "@aiml/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/trpc/react";
import { DataTable } from "../ui/data-table";
import { badge, cell, muted, noteBox } from "../ui/styles";
import { formatWhen } from "./format";

const datasetColumns = [
  { label: "Title" },
  { label: "Publisher" },
  { label: "As of" },
  { label: "Data points", align: "right" as const },
  { label: "Published" },
  { label: "Draft" },
  { label: "Last edited" },
];

/** Every dataset, with what is published, whether a draft is open, and who changed it last. */
export function DatasetList() {
  const trpc = useTRPC();
  const { data: datasets } = useSuspenseQuery(trpc.admin.datasets.list.queryOptions());

  if (datasets.length === 0) {
    return (
      <p role="status" className={noteBox}>
        There are no datasets yet.{" "}
        <Link href="/admin/datasets/new" className="underline">
          Create the first one
        </Link>
        .
      </p>
    );
  }

  return (
    <DataTable
      caption="Datasets, with their published version and draft"
      columns={datasetColumns}
      minWidth="min-w-[52rem]"
      testId="dataset-list"
    >
      {datasets.map((d) => (
        <tr key={d.id}>
          <th scope="row" className={`${cell} font-medium`}>
            <Link href={`/admin/datasets/${d.id}`} className="underline">
              {d.title}
            </Link>
            <span className={`block text-xs font-normal ${muted}`}>{d.slug}</span>
          </th>
          <td className={cell}>{d.publisher}</td>
          <td className={`${cell} whitespace-nowrap`}>{formatAsOf(d.asOf, d.asOfPrecision)}</td>
          <td className={`${cell} text-right tabular-nums`}>
            {d.dataPointCount.toLocaleString("en-US")}
          </td>
          <td className={cell}>
            {d.publishedVersionNumber === null ? (
              <span className={muted}>Not published</span>
            ) : (
              <>
                Version {d.publishedVersionNumber}
                <span className={`block text-xs ${muted}`}>{formatWhen(d.publishedAt)}</span>
              </>
            )}
          </td>
          <td className={cell}>
            {d.hasDraft ? (
              <span
                className={`${badge} bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100`}
              >
                Draft open
              </span>
            ) : (
              <span className={muted}>None</span>
            )}
          </td>
          <td className={cell}>
            {d.lastEditedAt ? (
              <>
                {d.lastEditedBy ?? "Command line"}
                <span className={`block text-xs ${muted}`}>{formatWhen(d.lastEditedAt)}</span>
              </>
            ) : (
              <span className={muted}>Not edited since the seed</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
