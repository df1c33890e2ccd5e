"use client";

import type { Role } from "@aiml/db";
import { useMutation, useQueryClient, useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { formatWhen } from "./format";
import { USERS_PAGE_SIZE } from "./page-sizes";
import { apiProblem } from "./trpc-error";
import { alertBox, badge, cell, linkButton, muted, noteBox, okBox, secondaryButton } from "./ui";

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
  const [status, setStatus] = useState<{ kind: "ok" | "error"; message: string } | null>(null);

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
      {status && (
        <p
          role={status.kind === "ok" ? "status" : "alert"}
          data-testid="users-status"
          className={status.kind === "ok" ? okBox : alertBox}
        >
          {status.message}
        </p>
      )}
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[30rem] border-collapse text-sm" data-testid="user-list">
          <caption className="sr-only">Accounts and their roles, oldest first</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                Email
              </th>
              <th scope="col" className={cell}>
                Role
              </th>
              <th scope="col" className={cell}>
                <span className="sr-only">Actions</span>
              </th>
              <th scope="col" className={cell}>
                Signed up
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row" className={`${cell} font-medium break-all`}>
                  {u.email}
                  {u.id === currentUserId && (
                    <span className={`ml-1 font-normal ${muted}`}>(you)</span>
                  )}
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
                  {u.role === "admin" ? (
                    <button
                      type="button"
                      className={linkButton}
                      disabled={setRole.isPending}
                      onClick={() => change(u, "user")}
                    >
                      Demote<span className="sr-only"> {u.email}</span>
                    </button>
                  ) : (
                    <button
                      type="button"
                      className={linkButton}
                      disabled={setRole.isPending}
                      onClick={() => change(u, "admin")}
                    >
                      Promote<span className="sr-only"> {u.email}</span>
                    </button>
                  )}
                </td>
                <td className={`${cell} whitespace-nowrap`}>{formatWhen(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hasNextPage ? (
        <div>
          <button
            type="button"
            className={secondaryButton}
            disabled={isFetchingNextPage}
            onClick={() => fetchNextPage()}
          >
            {isFetchingNextPage ? "Loading…" : "Load more"}
          </button>
        </div>
      ) : (
        <p className={`text-sm ${muted}`}>
          All {users.length.toLocaleString("en-US")} accounts are shown.
        </p>
      )}
    </div>
  );
}
