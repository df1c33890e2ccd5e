"use client";

import type { RouterOutputs } from "@aiml/api";
import { type DataIssue, MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@aiml/domain";
import {
  skipToken,
  useMutation,
  useQuery,
  useQueryClient,
  useSuspenseQuery,
} from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { DataTable } from "../ui/data-table";
import { StatusBox } from "../ui/status-box";
import { alertBox, muted, okBox, primaryButton, secondaryButton } from "../ui/styles";
import { plural } from "./format";
import { type ProgressView, serverProgress, uploadProgress } from "./import-progress-text";
import { IssueList } from "./issue-list";
import { NoteInput } from "./note-input";
import { PointCells, pointColumns } from "./point-cells";
import { apiProblem } from "./trpc-error";
import { UploadError, uploadFile } from "./upload-file";

/** How often the indicator asks the server how far it has got. */
const PROGRESS_POLL_MS = 250;

type PreviewResult = RouterOutputs["admin"]["import"]["preview"];
type CommitResult = RouterOutputs["admin"]["import"]["commit"];

interface Preview extends PreviewResult {
  file: File;
  /** The draft the preview was compared with (null: none was open, one is started on apply). */
  draft: { id: string; revision: number } | null;
}

type Outcome =
  | {
      kind: "applied";
      message: string;
      issues: DataIssue[];
      errorCount: number;
      warningCount: number;
      truncated: boolean;
    }
  | {
      kind: "invalid";
      issues: DataIssue[];
      errorCount: number;
      warningCount: number;
      truncated: boolean;
    }
  | { kind: "error"; message: string };

/** An import under way: what the browser knows, and the id the server reports progress under. */
interface Running {
  progressId: string | null;
  view: ProgressView;
}

/** An id for one preview or commit (crypto.randomUUID needs a secure context; this does not). */
function newProgressId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

const changeText = (c: NonNullable<PreviewResult["changes"]>) =>
  `${c.added} added, ${c.changed} changed, ${c.removed} deleted, ${c.unchanged} unchanged`;

const importUrl = (datasetId: string, step: "preview" | "commit", params: Record<string, string>) =>
  `/api/admin/datasets/${encodeURIComponent(datasetId)}/import/${step}?${new URLSearchParams(params)}`;

/**
 * CSV import: check a file (nothing is written), review its errors, warnings, a sample and what
 * it would change, then apply it to the draft (replacing the draft's rows, all or nothing). The
 * file goes up as it is, with the upload's progress, then the server's progress is polled.
 */
export function ImportPanel({ datasetId }: { datasetId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: dataset } = useSuspenseQuery(
    trpc.admin.datasets.get.queryOptions({ id: datasetId }),
  );
  const fileRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const stageId = useId();
  const [running, setRunning] = useState<Running | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [note, setNote] = useState("");

  const startDraft = useMutation(trpc.admin.drafts.start.mutationOptions());
  const { data: reported } = useQuery({
    ...trpc.admin.import.progress.queryOptions(
      running?.progressId ? { progressId: running.progressId } : skipToken,
    ),
    refetchInterval: PROGRESS_POLL_MS,
    gcTime: 0,
  });
  // Once the file is up, the server's own report says more than the browser knows.
  const shown = running && (reported ? serverProgress(reported) : running.view);

  /** Sends the file to a step; the indicator follows the upload, then the server. */
  async function send<T>(step: "preview" | "commit", file: File, params: Record<string, string>) {
    const progressId = newProgressId();
    setRunning({ progressId, view: uploadProgress(file.name, 0, file.size) });
    const url = importUrl(datasetId, step, { ...params, fileName: file.name, progressId });
    return uploadFile<T>(url, file, (sent, total) =>
      setRunning({ progressId, view: uploadProgress(file.name, sent, total) }),
    );
  }

  const check = async (event: React.FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    setPreview(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setOutcome({ kind: "error", message: "Choose a CSV file first." });
      return;
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      setOutcome({
        kind: "error",
        message: `${UPLOAD_TOO_LARGE}: split it, or remove unused columns.`,
      });
      return;
    }
    const draftAtPreview = dataset.draft
      ? { id: dataset.draft.id, revision: dataset.draft.revision }
      : null;
    try {
      const result = await send<PreviewResult>("preview", file, {});
      setPreview({ ...result, file, draft: draftAtPreview });
    } catch (error) {
      setOutcome({ kind: "error", message: problemOf(error, "The file could not be checked.") });
    } finally {
      setRunning(null);
    }
  };

  const apply = async () => {
    if (!preview) return;
    setOutcome(null);
    try {
      let draft = preview.draft;
      if (!draft) {
        setRunning({ progressId: null, view: { label: "Starting a draft…" } });
        const started = await startDraft.mutateAsync({ datasetId });
        if (!started.created) {
          await queryClient.invalidateQueries(trpc.admin.pathFilter());
          setPreview(null);
          setOutcome({
            kind: "error",
            message: `Someone opened draft version ${started.number} after you checked the file, so nothing was imported. Check the file again to see what it would change now.`,
          });
          return;
        }
        draft = { id: started.id, revision: started.revision };
      }
      const result = await send<CommitResult>("commit", preview.file, {
        draftId: draft.id,
        revision: String(draft.revision),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      if (result.status === "invalid") {
        setOutcome({ kind: "invalid", ...result });
        return;
      }
      setPreview(null);
      setNote("");
      if (fileRef.current) fileRef.current.value = "";
      setOutcome({
        kind: "applied",
        message: `Imported ${preview.file.name}: ${changeText(result.changes)}. The draft has ${plural(result.dataPointCount, "row")}; publish it when it is ready.`,
        issues: result.issues,
        errorCount: result.errorCount,
        warningCount: result.warningCount,
        truncated: result.truncated,
      });
    } catch (error) {
      const conflict = error instanceof UploadError && error.status === 409;
      const message = problemOf(error, "The import failed; nothing was changed.");
      setOutcome({
        kind: "error",
        message: conflict ? `${message} Nothing was imported: check the file again.` : message,
      });
      if (conflict) setPreview(null);
    } finally {
      setRunning(null);
      await queryClient.invalidateQueries(trpc.admin.pathFilter());
    }
  };

  return (
    <div className="grid grid-cols-1 gap-4" data-testid="import-panel">
      <p className="text-sm">
        A file replaces every row of the draft with its own rows, so export the current version,
        edit it, and import it back.{" "}
        <a href="/api/admin/import-template" download className="underline">
          Download the template
        </a>{" "}
        for the columns.
      </p>
      <form
        onSubmit={check}
        className="flex flex-wrap items-end gap-3"
        aria-label="Check a CSV file"
      >
        <div className="text-sm">
          <label htmlFor={fileId} className="font-medium">
            CSV file
          </label>
          <input
            ref={fileRef}
            id={fileId}
            type="file"
            name="file"
            accept=".csv,text/csv"
            className="mt-1 block w-full max-w-xs text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm dark:file:border-slate-700 dark:file:bg-slate-900 dark:file:text-slate-100"
            onChange={() => {
              setPreview(null);
              setOutcome(null);
            }}
          />
        </div>
        <button type="submit" className={secondaryButton} disabled={running !== null}>
          Check file
        </button>
      </form>

      {shown && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {shown.total ? (
            <progress
              aria-labelledby={stageId}
              className="h-2 w-40"
              value={shown.done ?? 0}
              max={shown.total}
            />
          ) : (
            <progress aria-labelledby={stageId} className="h-2 w-40" />
          )}
          <span id={stageId} role="status" data-testid="import-stage">
            {shown.label}
          </span>
        </div>
      )}

      {outcome?.kind === "error" && <StatusBox status={outcome} testId="import-status" />}
      {outcome?.kind === "applied" && (
        <div className="grid grid-cols-1 gap-2">
          <StatusBox status={{ kind: "ok", message: outcome.message }} testId="import-status" />
          <IssueList label="Warnings about the imported rows" blocks="the import" {...outcome} />
        </div>
      )}
      {outcome?.kind === "invalid" && (
        <div className="grid grid-cols-1 gap-2">
          <p role="alert" data-testid="import-status" className={alertBox}>
            Not imported: the file has errors.
          </p>
          <IssueList label="Problems in the file" blocks="the import" {...outcome} />
        </div>
      )}

      {preview && (
        <section
          aria-labelledby="preview-heading"
          className="grid grid-cols-1 gap-3"
          data-testid="import-preview"
        >
          <h3 id="preview-heading" className="text-base font-semibold">
            {preview.file.name}: {plural(preview.rowCount, "row")}
          </h3>
          {preview.comparedWith && preview.changes && (
            <p className="text-sm" data-testid="import-changes">
              Against {preview.comparedWith.status === "draft" ? "draft" : "published"} version{" "}
              {preview.comparedWith.versionNumber}: {changeText(preview.changes)}.
            </p>
          )}
          {preview.canApply ? (
            <p role="status" className={okBox}>
              The file can be imported{preview.warningCount > 0 ? "; read the warnings first" : ""}.
            </p>
          ) : (
            <p role="alert" className={alertBox}>
              The file cannot be imported: fix the errors listed and check it again.
            </p>
          )}
          <IssueList
            label="Problems in the file"
            blocks="the import"
            testId="import-issues"
            issues={preview.issues}
            errorCount={preview.errorCount}
            warningCount={preview.warningCount}
            truncated={preview.truncated}
          />
          {preview.sample.length > 0 && (
            <DataTable
              caption={`The first ${plural(preview.sample.length, "row")} as they would be imported`}
              showCaption
              columns={pointColumns}
              minWidth="min-w-[32rem]"
            >
              {preview.sample.map((p) => (
                <tr key={p.key}>
                  <PointCells point={p} />
                </tr>
              ))}
            </DataTable>
          )}
          {preview.canApply && (
            <div className="flex flex-wrap items-end gap-3">
              <NoteInput label="Note for the history (optional)" value={note} onChange={setNote} />
              <button
                type="button"
                className={primaryButton}
                disabled={running !== null}
                onClick={apply}
              >
                Apply import
              </button>
              <span className={`text-xs ${muted}`}>
                {preview.draft
                  ? `Replaces the rows of draft version ${dataset.draft?.number ?? ""}.`
                  : "Starts a draft from the published version, then replaces its rows."}
              </span>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

/** An upload's or a call's failure in words. */
function problemOf(error: unknown, fallback: string): string {
  return error instanceof UploadError ? error.message : apiProblem(error, fallback).message;
}
