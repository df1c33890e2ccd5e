"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { Button } from "../../ui/button";
import { DataTable } from "../../ui/data-table";
import { type Status, StatusBox } from "../../ui/status-box";
import { cell, muted } from "../../ui/styles";
import { apiProblem } from "../trpc-error";
import { BreakForm, type BreakValues, codesOf, emptyBreak } from "./break-form";

const columns = [
  { label: "Date" },
  { label: "Codes before" },
  { label: "Codes after" },
  { label: "Reason" },
  { label: "Actions", hidden: true },
];

const toInput = (v: BreakValues) => ({
  at: v.at,
  dimension: "socCode" as const,
  fromCodes: codesOf(v.fromCodes),
  toCodes: codesOf(v.toCodes),
  description: v.description,
});

/**
 * The series breaks of a draft (SOC code changes that charts draw as a break): add, edit and
 * delete them; each change is saved at once against the draft's revision and audited, and the
 * public charts show it once the draft is published.
 */
export function BreaksEditor({
  datasetId,
  draft,
}: {
  datasetId: string;
  draft: { id: string; revision: number };
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status | null>(null);
  const [editing, setEditing] = useState<number | "new" | null>(null);
  const { data: breaks, error } = useQuery(
    trpc.admin.breaks.list.queryOptions({ datasetId, versionId: draft.id }),
  );
  const done = (message: string) => async () => {
    setStatus({ kind: "ok", message });
    setEditing(null);
    await queryClient.invalidateQueries(trpc.admin.pathFilter());
  };
  const failed = (e: unknown) => setStatus({ kind: "error", message: apiProblem(e).message });
  const ref = { datasetId, draftId: draft.id, revision: draft.revision };
  const create = useMutation(
    trpc.admin.breaks.create.mutationOptions({
      onSuccess: done("Break added."),
      onError: failed,
    }),
  );
  const update = useMutation(
    trpc.admin.breaks.update.mutationOptions({
      onSuccess: done("Break saved."),
      onError: failed,
    }),
  );
  const remove = useMutation(
    trpc.admin.breaks.delete.mutationOptions({
      onSuccess: done("Break deleted."),
      onError: failed,
    }),
  );
  const busy = create.isPending || update.isPending || remove.isPending;

  if (error) return <StatusBox status={{ kind: "error", message: apiProblem(error).message }} />;
  if (!breaks) return <p className={`text-sm ${muted}`}>Loading the breaks…</p>;
  return (
    <div className="grid gap-3" data-testid="breaks-editor">
      <StatusBox status={status} testId="breaks-status" />
      {breaks.length === 0 ? (
        <p className={`text-sm ${muted}`}>This draft records no series break.</p>
      ) : (
        <DataTable caption="Series breaks of the draft" columns={columns} minWidth="min-w-[40rem]">
          {breaks.map((b) =>
            editing === b.id ? (
              <tr key={b.id}>
                <td className={cell} colSpan={5}>
                  <BreakForm
                    initial={{
                      at: b.at,
                      fromCodes: b.fromCodes.join(", "),
                      toCodes: b.toCodes.join(", "),
                      description: b.description,
                    }}
                    busy={busy}
                    submitLabel="Save the break"
                    onCancel={() => setEditing(null)}
                    onSubmit={(v) => update.mutate({ ...ref, breakId: b.id, break: toInput(v) })}
                  />
                </td>
              </tr>
            ) : (
              <tr key={b.id}>
                <td className={`${cell} whitespace-nowrap tabular-nums`}>{b.at}</td>
                <td className={cell}>{b.fromCodes.join(", ")}</td>
                <td className={cell}>{b.toCodes.join(", ")}</td>
                <td className={`${cell} max-w-md break-words`}>{b.description}</td>
                <td className={`${cell} whitespace-nowrap`}>
                  <Button variant="link" disabled={busy} onClick={() => setEditing(b.id)}>
                    Edit<span className="sr-only"> the break of {b.at}</span>
                  </Button>
                  <Button
                    variant="link"
                    className="ml-3"
                    disabled={busy}
                    onClick={() => {
                      if (window.confirm(`Delete the break of ${b.at}?`)) {
                        remove.mutate({ ...ref, breakId: b.id });
                      }
                    }}
                  >
                    Delete<span className="sr-only"> the break of {b.at}</span>
                  </Button>
                </td>
              </tr>
            ),
          )}
        </DataTable>
      )}
      {editing === "new" ? (
        <BreakForm
          initial={emptyBreak}
          busy={busy}
          submitLabel="Add the break"
          onCancel={() => setEditing(null)}
          onSubmit={(v) => create.mutate({ ...ref, break: toInput(v) })}
        />
      ) : (
        <div>
          <Button disabled={busy} onClick={() => setEditing("new")}>
            Add a break
          </Button>
        </div>
      )}
    </div>
  );
}
