"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { formatWhen } from "../admin/format";
import { alertBox, badge, dangerButton, muted, secondaryButton } from "../ui/styles";

/** The user's signed-in devices, each with a button to sign it out. */
export function SessionList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: sessions } = useSuspenseQuery(trpc.account.sessions.queryOptions());
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.account.sessions.queryFilter());
  const onError = (e: { message: string }) => setError(e.message);
  const revoke = useMutation(
    trpc.account.revokeSession.mutationOptions({ onSuccess: refresh, onError }),
  );
  const revokeOthers = useMutation(
    trpc.account.revokeOtherSessions.mutationOptions({ onSuccess: refresh, onError }),
  );
  const others = sessions.filter((s) => !s.current).length;

  return (
    <div className="grid gap-3">
      <ul className="grid gap-2" aria-label="Signed-in sessions" data-testid="session-list">
        {sessions.map((s) => (
          <li
            key={s.id}
            data-testid="session"
            className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 p-3 text-sm dark:border-slate-800"
          >
            <div>
              <p className="font-medium">
                {s.device}{" "}
                {s.current && (
                  <span
                    className={`${badge} bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100`}
                  >
                    This device
                  </span>
                )}
              </p>
              <p className={muted}>
                {s.ipAddress ?? "Unknown address"} · signed in {formatWhen(s.signedInAt)} · last
                active {formatWhen(s.lastActive)}
              </p>
            </div>
            {!s.current && (
              <button
                type="button"
                className={secondaryButton}
                disabled={revoke.isPending}
                onClick={() => revoke.mutate({ id: s.id })}
              >
                Sign out
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className={`text-xs ${muted}`}>“Last active” is updated at most once a day.</p>
      {others > 0 && (
        <button
          type="button"
          className={`justify-self-start ${dangerButton}`}
          disabled={revokeOthers.isPending}
          onClick={() => revokeOthers.mutate()}
        >
          Sign out all other sessions ({others})
        </button>
      )}
      {error && (
        <p role="alert" className={alertBox}>
          {error}
        </p>
      )}
    </div>
  );
}
