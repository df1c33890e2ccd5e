"use client";

import type { Role } from "@aiml/db";
import { useMutation, useQueryClient, useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { Button } from "../ui/button";
import { DataTable } from "../ui/data-table";
import { LoadMore } from "../ui/load-more";
import { type Status, StatusBox } from "../ui/status-box";
import { badge, cell, muted, noteBox } from "../ui/styles";
import { formatWhen } from "./format";
import { USERS_PAGE_SIZE } from "./page-sizes";
import { apiProblem } from "./trpc-error";

const userColumns = [
  { label: "Email" },
  { label: "Role" },
  { label: "Actions", hidden: true },
  { label: "Signed up" },
];

/** Every account with its role; admins promote and demote here (never the last admin). */
export function UserList({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const listOptions = trpc.admin.users.list.infiniteQueryOptions(
    { limit: USERS_PAGE_SIZE },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useSuspenseInfiniteQuery(listOptions);
  const [status, setStatus] = useState<Status | null>(null);

  const setRole = useMutation(
    trpc.admin.users.setRole.mutationOptions({
      onSuccess: async (user) => {
        setStatus({
          kind: "ok",
          message: `${user.email} is now ${user.role === "admin" ? "an admin" : "a regular user"}.`,
        });
        if (user.id === currentUserId && user.role !== "admin") {
          // You demoted yourself: the admin pages close.
          router.refresh();
          return;
        }
        await queryClient.invalidateQueries(trpc.admin.pathFilter());
      },
      onError: (error) => setStatus({ kind: "error", message: apiProblem(error).message }),
    }),
  );

  const users = data.pages.flatMap((p) => p.users);
  if (users.length === 0) {
    return (
      <p role="status" className={noteBox}>
        There are no accounts yet.
      </p>
    );
  }

  const change = (user: (typeof users)[number], role: Role) => {
    if (role === "user") {
      const who = user.id === currentUserId ? "yourself" : user.email;
      const consequence =
        user.id === currentUserId ? " You will lose access to these admin pages at once." : "";
      if (!window.confirm(`Demote ${who} to a regular user?${consequence}`)) return;
    }
    setStatus(null);
    setRole.mutate({ userId: user.id, role });
  };

  return (
    <div className="grid grid-cols-1 gap-4">
      <StatusBox status={status} testId="users-status" />
      <DataTable
        caption="Accounts and their roles, oldest first"
        columns={userColumns}
        minWidth="min-w-[30rem]"
        testId="user-list"
      >
        {users.map((u) => (
          <tr key={u.id}>
            <th scope="row" className={`${cell} font-medium break-all`}>
              {u.email}
              {u.id === currentUserId && <span className={`ml-1 font-normal ${muted}`}>(you)</span>}
              {u.name && u.name !== u.email && (
                <span className={`block text-xs font-normal ${muted}`}>{u.name}</span>
              )}
            </th>
            <td className={cell}>
              {u.role === "admin" ? (
                <span
                  className={`${badge} bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900`}
                >
                  Admin
                </span>
              ) : (
                <span
                  className={`${badge} bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200`}
                >
                  User
                </span>
              )}
            </td>
            <td className={`${cell} whitespace-nowrap`}>
              <Button
                variant="link"
                disabled={setRole.isPending}
                onClick={() => change(u, u.role === "admin" ? "user" : "admin")}
              >
                {u.role === "admin" ? "Demote" : "Promote"}
                <span className="sr-only"> {u.email}</span>
              </Button>
            </td>
            <td className={`${cell} whitespace-nowrap`}>{formatWhen(u.createdAt)}</td>
          </tr>
        ))}
      </DataTable>
      <LoadMore
        hasMore={hasNextPage}
        loading={isFetchingNextPage}
        onLoadMore={() => fetchNextPage()}
        done={`All ${users.length.toLocaleString("en-US")} accounts are shown.`}
      />
    </div>
  );
}
