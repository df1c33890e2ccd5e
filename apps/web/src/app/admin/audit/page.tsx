import { isoDateSchema } from "@aiml/domain";
import type { Metadata } from "next";
import { Suspense } from "react";
import { z } from "zod";
import { AuditFilters } from "~/components/admin/audit-filters";
import { type AuditFilter, auditInput } from "~/components/admin/audit-input";
import { AuditList } from "~/components/admin/audit-list";
import { AdminSkeleton } from "~/components/admin/skeleton";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { requireAdmin } from "../_lib/require-admin";

export const metadata: Metadata = { title: "Admin: audit log" };

const idParam = z.string().trim().min(1).max(64);
const params = { actor: idParam, dataset: idParam, from: isoDateSchema, to: isoDateSchema };
type Param = keyof typeof params;

/** Reads the filters from the URL; a bad value is ignored with a notice, never an error. */
function readFilter(search: Record<string, string | string[] | undefined>) {
  const values: Partial<Record<Param, string>> = {};
  const ignored: string[] = [];
  for (const name of Object.keys(params) as Param[]) {
    const raw = search[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value.trim() === "") continue;
    const parsed = params[name].safeParse(value);
    if (parsed.success) values[name] = parsed.data;
    else ignored.push(`${name}=“${value}” (${parsed.error.issues[0]?.message ?? "not valid"})`);
  }
  const filter: AuditFilter = {
    actorId: values.actor,
    datasetId: values.dataset,
    from: values.from,
    to: values.to,
  };
  if (filter.from && filter.to && filter.from > filter.to) {
    ignored.push(`to=“${filter.to}” (it is before the from date)`);
    filter.to = undefined;
  }
  return { filter, ignored };
}

export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const search = await searchParams;
  if (!(await requireAdmin("/admin/audit"))) return null;
  const { filter, ignored } = readFilter(search);
  const queryClient = getQueryClient();
  const [users, datasets] = await Promise.all([
    queryClient.fetchQuery(trpc.admin.users.list.queryOptions({ limit: 200 })),
    queryClient.fetchQuery(trpc.admin.datasets.list.queryOptions()),
    queryClient.prefetchInfiniteQuery(
      trpc.admin.audit.list.infiniteQueryOptions(auditInput(filter), {
        getNextPageParam: (page) => page.nextCursor ?? undefined,
      }),
    ),
  ]);
  const filtered = Object.values(filter).some((v) => v !== undefined);
  return (
    <HydrateClient>
      <h1 className="mb-2 text-2xl font-bold tracking-tight sm:text-3xl">Audit log</h1>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        Every admin change, newest first: who made it, when, and what it was before and after.
      </p>
      <AuditFilters
        key={JSON.stringify(filter)}
        filter={filter}
        users={users.users}
        moreUsers={users.nextCursor !== null}
        datasets={datasets}
      />
      {ignored.length > 0 && (
        <p
          role="status"
          className="mb-4 rounded bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          Ignored {ignored.join("; ")}.
        </p>
      )}
      <Suspense
        key={JSON.stringify(filter)}
        fallback={<AdminSkeleton label="Loading the audit log…" />}
      >
        <AuditList filter={filter} filtered={filtered} />
      </Suspense>
    </HydrateClient>
  );
}
