import type { Metadata } from "next";
import { Suspense } from "react";
import { USERS_PAGE_SIZE } from "~/components/admin/page-sizes";
import { AdminSkeleton } from "~/components/admin/skeleton";
import { UserList } from "~/components/admin/user-list";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { requireAdmin } from "../_lib/require-admin";

export const metadata: Metadata = { title: "Admin: users" };

export default async function AdminUsersPage() {
  const session = await requireAdmin("/admin/users");
  if (!session) return null;
  await getQueryClient().prefetchInfiniteQuery(
    trpc.admin.users.list.infiniteQueryOptions(
      { limit: USERS_PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  return (
    <HydrateClient>
      <h1 className="mb-2 text-2xl font-bold tracking-tight sm:text-3xl">Users</h1>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
        Admins can edit and publish the benchmark data and change roles. There is always at least
        one admin.
      </p>
      <Suspense fallback={<AdminSkeleton label="Loading the accounts…" />}>
        <UserList currentUserId={session.user.id} />
      </Suspense>
    </HydrateClient>
  );
}
