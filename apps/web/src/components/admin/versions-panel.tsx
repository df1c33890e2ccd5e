"use client";

import type { DataPointInput } from "@aiml/domain";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Suspense, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { Button } from "../ui/button";
import { DataTable } from "../ui/data-table";
import { type Status, StatusBox } from "../ui/status-box";
import { badge, cell, muted, noteBox } from "../ui/styles";
import { describePoint, formatWhen, plural } from "./format";
import { ObservationDiff } from "./open-data/observation-diff";
import { AdminSkeleton } from "./skeleton";
import { apiProblem } from "./trpc-error";

const versionColumns = (openData: boolean) => [
  { label: "Compare", hidden: true },
  { label: "Version" },
  { label: "Created" },
  { label: "Published" },
  { label: "Note" },
  { label: openData ? "Series" : "Points", align: "right" as const },
  { label: "Actions", hidden: true },
];

const statusStyle: Record<string, string> = {
  published: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100",
  draft: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  superseded: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
};
const statusName: Record<string, string> = {
  published: "Published",
  draft: "Draft",
  superseded: "Superseded",
};

/** A dataset's history: every version, a diff of any two, CSV exports and rollbacks. */
export function VersionsPanel({ datasetId }: { datasetId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: versions } = useSuspenseQuery(trpc.admin.versions.list.queryOptions({ datasetId }));
  const { data: dataset } = useSuspenseQuery(
    trpc.admin.datasets.get.queryOptions({ id: datasetId }),
  );
  const openData = Boolean(dataset.metadata.importFormat);
  const [selected, setSelected] = useState<string[]>([]);
  const [status, setStatus] = useState<Status | null>(null);

  const rollback = useMutation(
    trpc.admin.versions.rollback.mutationOptions({
      onSuccess: async (result) => {
        setStatus({
          kind: "ok",
          message: `Rolled back: version ${result.number} (${plural(result.dataPointCount, "data point")}) is now published.`,
        });
        await queryClient.invalidateQueries(trpc.admin.pathFilter());
      },
      onError: (error) => setStatus({ kind: "error", message: apiProblem(error).message }),
    }),
  );

  if (versions.length === 0) {
    return (
      <p role="status" className={noteBox}>
        This dataset has no versions yet.
      </p>
    );
  }

  const published = versions.find((v) => v.status === "published");
  const toggle = (id: string) =>
    setSelected((s) =>
      s.includes(id) ? s.filter((x) => x !== id) : s.length < 2 ? [...s, id] : [s[1] as string, id],
    );
  const pair = selected
    .map((id) => versions.find((v) => v.id === id))
    .filter((v) => v !== undefined)
    .sort((a, b) => a.number - b.number);
  const [from, to] = pair;

  const rollBackTo = (version: (typeof versions)[number]) => {
    const replaces = published ? `, replacing version ${published.number}` : "";
    if (
      !window.confirm(
        `Roll back to version ${version.number}? Its rows are published again as a new version${replaces}. The history is kept.`,
      )
    )
      return;
    setStatus(null);
    rollback.mutate({ datasetId, versionId: version.id });
  };

  return (
    <div className="grid grid-cols-1 gap-4" data-testid="versions-panel">
      <StatusBox status={status} testId="versions-status" />
      <DataTable
        caption="Versions of this dataset, newest first"
        columns={versionColumns(openData)}
        minWidth="min-w-[48rem]"
        testId="version-list"
      >
        {versions.map((v) => (
          <tr key={v.id} data-version={v.number}>
            <td className={cell}>
              <input
                type="checkbox"
                aria-label={`Compare version ${v.number}`}
                checked={selected.includes(v.id)}
                onChange={() => toggle(v.id)}
              />
            </td>
            <th scope="row" className={`${cell} whitespace-nowrap font-medium`}>
              Version {v.number}{" "}
              <span className={`${badge} ${statusStyle[v.status] ?? ""}`}>
                {statusName[v.status] ?? v.status}
              </span>
              {v.basedOnVersionNumber !== null && (
                <span className={`block text-xs font-normal ${muted}`}>
                  from version {v.basedOnVersionNumber}
                </span>
              )}
            </th>
            <td className={cell}>
              {v.createdBy ?? "Seed or command line"}
              <span className={`block text-xs ${muted}`}>{formatWhen(v.createdAt)}</span>
            </td>
            <td className={cell}>
              {v.publishedAt ? (
                <>
                  {v.publishedBy ?? "Seed or command line"}
                  <span className={`block text-xs ${muted}`}>{formatWhen(v.publishedAt)}</span>
                </>
              ) : (
                <span className={muted}>—</span>
              )}
            </td>
            <td className={`${cell} max-w-xs break-words`}>
              {v.note ?? <span className={muted}>—</span>}
            </td>
            <td className={`${cell} text-right tabular-nums`}>
              {(openData ? v.seriesCount : v.dataPointCount).toLocaleString("en-US")}
            </td>
            <td className={`${cell} whitespace-nowrap`}>
              <a
                href={`/api/admin/datasets/${datasetId}/versions/${v.id}/csv`}
                download
                className="underline"
              >
                Export CSV<span className="sr-only"> of version {v.number}</span>
              </a>
              {v.status === "superseded" && (
                <Button
                  variant="link"
                  className="ml-3"
                  disabled={rollback.isPending}
                  onClick={() => rollBackTo(v)}
                >
                  Roll back to this version
                  <span className="sr-only"> (version {v.number})</span>
                </Button>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {from && to ? (
        <Suspense
          key={`${from.id}-${to.id}`}
          fallback={<AdminSkeleton label="Comparing the versions…" rows={2} />}
        >
          {openData ? (
            <ObservationDiff datasetId={datasetId} from={from} to={to} />
          ) : (
            <VersionDiff datasetId={datasetId} from={from} to={to} />
          )}
        </Suspense>
      ) : (
        <p className={`text-sm ${muted}`}>
          {versions.length < 2
            ? "There is one version, so nothing to compare yet."
            : "Tick two versions to see what changed between them."}
        </p>
      )}
    </div>
  );
}

type Ref = { id: string; number: number };

const show = (v: string | number | boolean | null) =>
  v === null ? "—" : typeof v === "boolean" ? (v ? "yes" : "no") : String(v);

function PointList({ points, caption }: { points: DataPointInput[]; caption: string }) {
  if (points.length === 0) return null;
  return (
    <div>
      <h4 className="text-sm font-semibold">{caption}</h4>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {points.map((p) => (
          <li key={p.key}>
            <span className="font-mono text-xs">{p.key}</span>: {p.label} ({describePoint(p)})
          </li>
        ))}
      </ul>
    </div>
  );
}

function VersionDiff({ datasetId, from, to }: { datasetId: string; from: Ref; to: Ref }) {
  const trpc = useTRPC();
  const { data: diff } = useSuspenseQuery(
    trpc.admin.versions.diff.queryOptions({
      datasetId,
      fromVersionId: from.id,
      toVersionId: to.id,
      limit: 500,
    }),
  );
  const { counts } = diff;
  return (
    <section
      aria-labelledby="diff-heading"
      className="grid grid-cols-1 gap-3"
      data-testid="version-diff"
    >
      <h3 id="diff-heading" className="text-base font-semibold">
        From version {from.number} to version {to.number}
      </h3>
      <p className="text-sm">
        {counts.changed} changed, {counts.added} added, {counts.removed} removed, {counts.unchanged}{" "}
        unchanged.
        {diff.truncated && " Only the first 500 of each kind are listed."}
      </p>
      {diff.changed.length > 0 && (
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[32rem] border-collapse text-sm">
            <caption className="mb-1 text-left text-sm font-semibold">Changed rows</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  Row and field
                </th>
                <th scope="col" className={cell}>
                  Version {from.number}
                </th>
                <th scope="col" className={cell}>
                  Version {to.number}
                </th>
              </tr>
            </thead>
            <tbody>
              {diff.changed.flatMap((c) => [
                <tr key={c.key}>
                  <th scope="colgroup" colSpan={3} className={`${cell} font-normal`}>
                    <span className="font-mono text-xs font-semibold">{c.key}</span>: {c.label}
                  </th>
                </tr>,
                ...c.changes.map((f) => (
                  <tr key={`${c.key}-${f.field}`}>
                    <th scope="row" className={`${cell} pl-6 font-normal ${muted}`}>
                      {f.field}
                    </th>
                    <td className={`${cell} break-words`}>{show(f.before)}</td>
                    <td className={`${cell} break-words`}>{show(f.after)}</td>
                  </tr>
                )),
              ])}
            </tbody>
          </table>
        </div>
      )}
      <PointList points={diff.added} caption="Added rows" />
      <PointList points={diff.removed} caption="Removed rows" />
      {counts.changed + counts.added + counts.removed === 0 && (
        <p role="status" className={noteBox}>
          The two versions have the same rows.
        </p>
      )}
    </section>
  );
}
