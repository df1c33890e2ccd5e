"use client";

import { useSuspenseInfiniteQuery, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/trpc/react";
import { LoadMore } from "../ui/load-more";
import { muted, noteBox, panel } from "../ui/styles";
import { type AuditFilter, auditInput } from "./audit-input";
import { formatWhen } from "./format";

const actionNames: Record<string, string> = {
  "dataset.seed": "Loaded a dataset from the seed files",
  "dataset.create": "Created a dataset",
  "dataset.update": "Changed a dataset's details",
  "draft.start": "Started a draft",
  "draft.save": "Saved a draft",
  "draft.import": "Imported a CSV file into a draft",
  "draft.discard": "Discarded a draft",
  "version.publish": "Published a version",
  "version.rollback": "Rolled back to an earlier version",
  "user.role": "Changed a user's role",
  "user.delete": "Deleted their own account",
};

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Audit entries, newest first, a page at a time. */
export function AuditList({ filter, filtered }: { filter: AuditFilter; filtered: boolean }) {
  const trpc = useTRPC();
  const { data: datasets } = useSuspenseQuery(trpc.admin.datasets.list.queryOptions());
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    trpc.admin.audit.list.infiniteQueryOptions(auditInput(filter), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );
  const titles = new Map(datasets.map((d) => [d.id, d.title]));
  const entries = data.pages.flatMap((p) => p.entries);

  if (entries.length === 0) {
    return (
      <p role="status" className={noteBox}>
        {filtered
          ? "No audit entries match these filters. Widen the dates or clear a filter."
          : "No admin changes have been recorded yet."}
      </p>
    );
  }

  return (
    <div className="grid grid-cols-1 gap-4">
      <ol
        className="grid grid-cols-1 gap-3"
        aria-label="Audit entries, newest first"
        data-testid="audit-list"
      >
        {entries.map((e) => (
          <li key={e.id} className={`${panel} text-sm`}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <p className="font-medium">
                {actionNames[e.action] ?? e.action}{" "}
                <code className={`text-xs font-normal ${muted}`}>{e.action}</code>
              </p>
              <p className={muted}>
                <time dateTime={new Date(e.createdAt).toISOString()}>
                  {formatWhen(e.createdAt)}
                </time>
              </p>
            </div>
            <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[7rem_1fr]">
              <dt className={muted}>By</dt>
              <dd className="break-all">
                {e.actorEmail ??
                  (e.actorId ? `Account ${e.actorId} (deleted)` : "The command line (no account)")}
              </dd>
              <dt className={muted}>Entity</dt>
              <dd className="break-all">
                {e.entityType}
                {e.entityId && <span className={`font-mono text-xs ${muted}`}> {e.entityId}</span>}
              </dd>
              {e.datasetId && (
                <>
                  <dt className={muted}>Dataset</dt>
                  <dd>
                    {titles.has(e.datasetId) ? (
                      <Link href={`/admin/datasets/${e.datasetId}`} className="underline">
                        {titles.get(e.datasetId)}
                      </Link>
                    ) : (
                      <span className="font-mono text-xs">{e.datasetId} (deleted)</span>
                    )}
                  </dd>
                </>
              )}
              {e.note && (
                <>
                  <dt className={muted}>Note</dt>
                  <dd className="whitespace-pre-line break-words">{e.note}</dd>
                </>
              )}
            </dl>
            {(e.before !== null || e.after !== null) && (
              <details className="mt-2">
                <summary className="cursor-pointer underline underline-offset-2">
                  Before and after
                </summary>
                <div className="mt-2 grid grid-cols-1 gap-2 md:grid-cols-2">
                  <div>
                    <p className={`text-xs ${muted}`}>Before</p>
                    <pre className="mt-1 max-h-72 overflow-auto rounded bg-slate-50 p-2 text-xs dark:bg-slate-900">
                      {e.before === null ? "—" : json(e.before)}
                    </pre>
                  </div>
                  <div>
                    <p className={`text-xs ${muted}`}>After</p>
                    <pre className="mt-1 max-h-72 overflow-auto rounded bg-slate-50 p-2 text-xs dark:bg-slate-900">
                      {e.after === null ? "—" : json(e.after)}
                    </pre>
                  </div>
                </div>
              </details>
            )}
          </li>
        ))}
      </ol>
      <LoadMore
        hasMore={hasNextPage}
        loading={isFetchingNextPage}
        onLoadMore={() => fetchNextPage()}
        done={`That is all: ${entries.length.toLocaleString("en-US")} ${entries.length === 1 ? "entry" : "entries"}.`}
      />
    </div>
  );
}
