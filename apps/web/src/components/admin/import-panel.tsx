"use client";

import type { DataIssue, DataPointInput } from "@aiml/domain";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { describePoint, plural } from "./format";
import { IssueList } from "./issue-list";
import { NoteInput } from "./note-input";
import { apiProblem } from "./trpc-error";
import { alertBox, cell, muted, okBox, primaryButton, secondaryButton } from "./ui";

/** The API's limit on an upload (40 MB of CSV). */
const MAX_FILE_BYTES = 40 * 1024 * 1024;

type Stage = "reading" | "validating" | "starting" | "applying";
const stageText: Record<Stage, string> = {
  reading: "Reading the file…",
  validating: "Uploading and validating…",
  starting: "Starting a draft…",
  applying: "Applying the import…",
};

interface Upload {
  fileName: string;
  contentBase64: string;
}

interface Preview {
  upload: Upload;
  /** The draft the preview was compared with (null: none was open, one is started on apply). */
  draft: { id: string; revision: number } | null;
  rowCount: number;
  canApply: boolean;
  issues: DataIssue[];
  errorCount: number;
  warningCount: number;
  truncated: boolean;
  sample: DataPointInput[];
  comparedWith: { versionNumber: number; status: string } | null;
  changes: { added: number; removed: number; changed: number; unchanged: number } | null;
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

/** The file's bytes as base64, read in the browser: the API decodes and checks the encoding. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? "");
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsDataURL(file);
  });
}

const changeText = (c: NonNullable<Preview["changes"]>) =>
  `${c.added} added, ${c.changed} changed, ${c.removed} deleted, ${c.unchanged} unchanged`;

/**
 * CSV import: check a file (nothing is written), review its errors, warnings, a sample and what
 * it would change, then apply it to the draft (replacing the draft's rows, all or nothing).
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
  const [stage, setStage] = useState<Stage | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [note, setNote] = useState("");

  const previewImport = useMutation(trpc.admin.import.preview.mutationOptions());
  const startDraft = useMutation(trpc.admin.drafts.start.mutationOptions());
  const commitImport = useMutation(trpc.admin.import.commit.mutationOptions());

  const check = async (event: React.FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    setPreview(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setOutcome({ kind: "error", message: "Choose a CSV file first." });
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setOutcome({
        kind: "error",
        message: "The file is larger than 40 MB: split it, or remove unused columns.",
      });
      return;
    }
    const draftAtPreview = dataset.draft
      ? { id: dataset.draft.id, revision: dataset.draft.revision }
      : null;
    try {
      setStage("reading");
      const upload = { fileName: file.name, contentBase64: await readAsBase64(file) };
      setStage("validating");
      const result = await previewImport.mutateAsync({ datasetId, ...upload });
      setPreview({ ...result, upload, draft: draftAtPreview });
    } catch (error) {
      setOutcome({
        kind: "error",
        message: apiProblem(error, "The file could not be checked.").message,
      });
    } finally {
      setStage(null);
    }
  };

  const apply = async () => {
    if (!preview) return;
    setOutcome(null);
    try {
      let draft = preview.draft;
      if (!draft) {
        setStage("starting");
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
      setStage("applying");
      const result = await commitImport.mutateAsync({
        datasetId,
        draftId: draft.id,
        revision: draft.revision,
        ...preview.upload,
        note: note.trim() || undefined,
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
        message: `Imported ${preview.upload.fileName}: ${changeText(result.changes)}. The draft has ${plural(result.dataPointCount, "row")}; publish it when it is ready.`,
        issues: result.issues,
        errorCount: result.errorCount,
        warningCount: result.warningCount,
        truncated: result.truncated,
      });
    } catch (error) {
      const problem = apiProblem(error, "The import failed; nothing was changed.");
      setOutcome({
        kind: "error",
        message:
          problem.code === "CONFLICT"
            ? `${problem.message} Nothing was imported: check the file again.`
            : problem.message,
      });
      if (problem.code === "CONFLICT") setPreview(null);
    } finally {
      setStage(null);
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
        <button type="submit" className={secondaryButton} disabled={stage !== null}>
          Check file
        </button>
      </form>

      {stage && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <progress aria-labelledby={stageId} className="h-2 w-40" />
          <span id={stageId} role="status" data-testid="import-stage">
            {stageText[stage]}
          </span>
        </div>
      )}

      {outcome?.kind === "error" && (
        <p role="alert" data-testid="import-status" className={alertBox}>
          {outcome.message}
        </p>
      )}
      {outcome?.kind === "applied" && (
        <div className="grid grid-cols-1 gap-2">
          <p role="status" data-testid="import-status" className={okBox}>
            {outcome.message}
          </p>
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
            {preview.upload.fileName}: {plural(preview.rowCount, "row")}
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
            <div className="relative overflow-x-auto">
              <table className="w-full min-w-[32rem] border-collapse text-sm">
                <caption className="mb-1 text-left text-sm font-medium">
                  The first {plural(preview.sample.length, "row")} as they would be imported
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className={cell}>
                      Key
                    </th>
                    <th scope="col" className={cell}>
                      Label
                    </th>
                    <th scope="col" className={cell}>
                      Figure
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.sample.map((p) => (
                    <tr key={p.key}>
                      <th scope="row" className={`${cell} font-mono text-xs font-normal break-all`}>
                        {p.key}
                      </th>
                      <td className={cell}>{p.label}</td>
                      <td className={cell}>
                        {describePoint(p)}
                        <span className={`block text-xs ${muted}`}>
                          {p.metric} · {p.statistic}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {preview.canApply && (
            <div className="flex flex-wrap items-end gap-3">
              <NoteInput label="Note for the history (optional)" value={note} onChange={setNote} />
              <button
                type="button"
                className={primaryButton}
                disabled={stage !== null}
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
