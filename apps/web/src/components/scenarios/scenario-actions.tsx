"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

export function ScenarioActions({ id, name }: { id: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const duplicate = useMutation(
    trpc.scenario.duplicate.mutationOptions({
      onSuccess: (copy) => router.push(`/scenarios/${copy.id}`),
      onError: (e) => setError(e.message),
    }),
  );
  const remove = useMutation(
    trpc.scenario.delete.mutationOptions({
      onSuccess: () => {
        router.push("/scenarios");
        router.refresh();
      },
      onError: (e) => setError(e.message),
    }),
  );
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <a href={`/api/scenarios/${id}/csv`} download className="underline">
        Export CSV
      </a>
      <a href={`/scenarios/${id}/brief`} className="underline">
        Negotiation brief
      </a>
      <a href={`/api/scenarios/${id}/brief`} download className="underline">
        Brief (PDF)
      </a>
      <button type="button" className="underline" onClick={() => duplicate.mutate({ id })}>
        Duplicate
      </button>
      <button
        type="button"
        className="text-red-700 underline dark:text-red-400"
        onClick={() => {
          if (window.confirm(`Delete “${name}”? This cannot be undone.`)) remove.mutate({ id });
        }}
      >
        Delete
      </button>
      {error && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </div>
  );
}
