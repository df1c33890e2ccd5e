"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { plural } from "../format";
import { failureReport, type Report } from "./draft-report";

/**
 * The draft's four calls (start, save, publish, discard), each reporting its outcome, and the
 * reload after a conflict, during which they wait. The admin queries are refreshed after each;
 * `onSaved` runs once the saved rows are loaded, so no edit starts from the old revision.
 */
export function useDraftMutations({
  report,
  onSaved,
  onPublished,
  onDiscarded,
}: {
  report: (report: Report) => void;
  onSaved: () => void;
  onPublished: () => void;
  onDiscarded: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.admin.pathFilter());
  const onError = (error: unknown) => report(failureReport(error));

  const start = useMutation(
    trpc.admin.drafts.start.mutationOptions({
      onSuccess: async (started) => {
        report({
          kind: "info",
          message: started.created
            ? `Draft version ${started.number} started from the published data.`
            : `Draft version ${started.number} was already open.`,
        });
        await refresh();
      },
      onError,
    }),
  );
  const save = useMutation(
    trpc.admin.drafts.save.mutationOptions({
      onSuccess: async (result) => {
        if (result.status === "invalid") {
          report({ kind: "invalid", ...result });
          return;
        }
        const { added, changed, removed } = result.counts;
        // Edits made before the rows reload would start from the old revision: the save stays
        // pending (and editing disabled) until the draft is current.
        await refresh();
        onSaved();
        report({
          kind: "saved",
          message: `Saved: ${changed} changed, ${added} added, ${removed} deleted. The draft has ${plural(result.dataPointCount, "row")} (revision ${result.revision}).`,
          issues: result.issues,
          errorCount: result.errorCount,
          warningCount: result.warningCount,
          truncated: result.truncated,
        });
      },
      onError,
    }),
  );
  const publish = useMutation(
    trpc.admin.drafts.publish.mutationOptions({
      onSuccess: async (published) => {
        onPublished();
        report({
          kind: "info",
          message: `Published version ${published.number} (${plural(published.dataPointCount, "data point")}). The public pages show it now.`,
        });
        await refresh();
      },
      onError,
    }),
  );
  const discard = useMutation(
    trpc.admin.drafts.discard.mutationOptions({
      onSuccess: async () => {
        onDiscarded();
        report({ kind: "info", message: "The draft was discarded." });
        await refresh();
      },
      onError,
    }),
  );
  const [reloading, setReloading] = useState(false);
  /** Reloads the draft after a conflict; until it is in, a call would carry the old revision. */
  const reload = async () => {
    setReloading(true);
    try {
      await refresh();
    } finally {
      setReloading(false);
    }
  };
  const busy =
    start.isPending || save.isPending || publish.isPending || discard.isPending || reloading;
  return { start, save, publish, discard, busy, reload, reloading };
}

export type DraftMutations = ReturnType<typeof useDraftMutations>;
