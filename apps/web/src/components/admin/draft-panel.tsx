"use client";

import { type DataIssue, type DataPointInput, dimensionNames, fieldChanges } from "@aiml/domain";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useEffect, useState, useTransition } from "react";
import { useTRPC } from "~/trpc/react";
import { asDraftConflict, ConflictView, type DraftConflictDetails } from "./conflict-view";
import { describePoint, formatWhen, plural } from "./format";
import { IssueList } from "./issue-list";
import { NoteInput } from "./note-input";
import { DRAFT_PAGE_SIZE } from "./page-sizes";
import { PointDialog } from "./point-dialog";
import { emptyPointValues, toPointValues } from "./point-form";
import { apiProblem } from "./trpc-error";
import {
  alertBox,
  badge,
  cell,
  dangerButton,
  linkButton,
  muted,
  noteBox,
  okBox,
  primaryButton,
  secondaryButton,
} from "./ui";

/** The API takes at most this many changed rows in one save. */
const MAX_ROWS_PER_SAVE = 1_000;
/** The largest page the API serves, used to look a key up in the whole draft. */
const LOOKUP_PAGE_SIZE = 5_000;

/** Edits kept in the browser until "Save draft", and the draft state they were made against. */
interface LocalChanges {
  edited: Record<string, DataPointInput>;
  added: DataPointInput[];
  deleted: string[];
  base: { draftId: string; revision: number } | null;
}
const noChanges: LocalChanges = { edited: {}, added: [], deleted: [], base: null };

interface IssueSummary {
  issues: DataIssue[];
  errorCount: number;
  warningCount: number;
  truncated: boolean;
}

type Report =
  | ({ kind: "saved"; message: string } & IssueSummary)
  | ({ kind: "invalid" } & IssueSummary)
  | { kind: "error"; message: string }
  | { kind: "info"; message: string }
  | {
      kind: "conflict";
      message: string;
      details: DraftConflictDetails | null;
      reloaded: boolean;
    };

type Editing =
  | { mode: "new" }
  | { mode: "edit"; key: string; point: DataPointInput; isNew: boolean }
  | null;

function scopeOf(point: DataPointInput): string {
  const parts = dimensionNames.flatMap((d) => (point[d] ? [point[d]] : []));
  if (point.year !== undefined) parts.push(String(point.year));
  return parts.join(" · ");
}

/**
 * The dataset's draft: start one, edit its rows (kept here until saved, sent as one change set
 * with the revision they were made against), save, publish or discard. A save that lost a race
 * is shown side by side, never applied over the other admin's work.
 */
export function DraftPanel({ datasetId }: { datasetId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [offset, setOffset] = useState(0);
  const [paging, startPaging] = useTransition();
  const { data } = useSuspenseQuery(
    trpc.admin.drafts.get.queryOptions({ datasetId, offset, limit: DRAFT_PAGE_SIZE }),
  );
  const { data: dataset } = useSuspenseQuery(
    trpc.admin.datasets.get.queryOptions({ id: datasetId }),
  );
  const [changes, setChanges] = useState<LocalChanges>(noChanges);
  const [report, setReport] = useState<Report | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [saveNote, setSaveNote] = useState("");
  const [publishNote, setPublishNote] = useState("");
  const [reloading, setReloading] = useState(false);

  const draft = data.draft;
  const changeCount =
    Object.keys(changes.edited).length + changes.added.length + changes.deleted.length;

  // Leaving the page would lose edits that only live here.
  useEffect(() => {
    if (changeCount === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [changeCount]);

  const refresh = () => queryClient.invalidateQueries(trpc.admin.pathFilter());

  const onFailure = (error: unknown) => {
    const problem = apiProblem(error);
    if (problem.code === "CONFLICT") {
      setReport({
        kind: "conflict",
        message: problem.message,
        details: asDraftConflict(problem.details),
        reloaded: false,
      });
    } else {
      setReport({ kind: "error", message: problem.message });
    }
  };

  const start = useMutation(
    trpc.admin.drafts.start.mutationOptions({
      onSuccess: async (started) => {
        setReport({
          kind: "info",
          message: started.created
            ? `Draft version ${started.number} started from the published data.`
            : `Draft version ${started.number} was already open.`,
        });
        await refresh();
      },
      onError: onFailure,
    }),
  );
  const save = useMutation(
    trpc.admin.drafts.save.mutationOptions({
      onSuccess: async (result) => {
        if (result.status === "invalid") {
          setReport({ kind: "invalid", ...result });
          return;
        }
        const { added, changed, removed } = result.counts;
        // Edits made before the rows reload would start from the old revision: the save stays
        // pending (and editing disabled) until the draft is current.
        await refresh();
        setChanges(noChanges);
        setSaveNote("");
        setReport({
          kind: "saved",
          message: `Saved: ${changed} changed, ${added} added, ${removed} deleted. The draft has ${plural(result.dataPointCount, "row")} (revision ${result.revision}).`,
          issues: result.issues,
          errorCount: result.errorCount,
          warningCount: result.warningCount,
          truncated: result.truncated,
        });
      },
      onError: onFailure,
    }),
  );
  const publish = useMutation(
    trpc.admin.drafts.publish.mutationOptions({
      onSuccess: async (published) => {
        setPublishNote("");
        setOffset(0);
        setReport({
          kind: "info",
          message: `Published version ${published.number} (${plural(published.dataPointCount, "data point")}). The public pages show it now.`,
        });
        await refresh();
      },
      onError: onFailure,
    }),
  );
  const discard = useMutation(
    trpc.admin.drafts.discard.mutationOptions({
      onSuccess: async () => {
        setChanges(noChanges);
        setOffset(0);
        setReport({ kind: "info", message: "The draft was discarded." });
        await refresh();
      },
      onError: onFailure,
    }),
  );
  const busy = start.isPending || save.isPending || publish.isPending || discard.isPending;

  const reload = async () => {
    setReloading(true);
    try {
      setChanges(noChanges);
      await refresh();
      setReport((r) => (r?.kind === "conflict" ? { ...r, reloaded: true } : r));
    } finally {
      setReloading(false);
    }
  };

  if (!draft) {
    return (
      <div className="grid grid-cols-1 gap-3">
        <p className={noteBox} role="status">
          No draft is open.{" "}
          {dataset.published
            ? `The public pages show version ${dataset.published.number} (${plural(dataset.published.dataPointCount, "data point")}). Start editing to change it: a draft copies the published rows, and nothing is public until you publish it.`
            : "This dataset has never been published. Start editing to add its rows."}
        </p>
        <div>
          <button
            type="button"
            className={primaryButton}
            disabled={busy}
            onClick={() => start.mutate({ datasetId })}
          >
            {start.isPending ? "Starting…" : "Start editing"}
          </button>
        </div>
        <ReportView
          report={report}
          onReload={reload}
          reloading={reloading}
          onDismiss={() => setReport(null)}
        />
      </div>
    );
  }

  // The draft state edits are made against: the first edit pins it.
  const base = changes.base ?? { draftId: draft.id, revision: draft.revision };
  const withBase = (update: (c: LocalChanges) => Omit<LocalChanges, "base">) =>
    setChanges((c) => ({ ...update(c), base: c.base ?? base }));

  const pageRows = draft.rows;
  const pageKeys = new Set(pageRows.map((r) => r.key));
  const addedKeys = new Set(changes.added.map((p) => p.key));

  /** Whether a key is in the saved draft, looking past this page when needed. */
  const keyInDraft = async (key: string): Promise<boolean> => {
    if (pageKeys.has(key)) return true;
    if (draft.totalRows <= pageRows.length) return false;
    for (let from = 0; from < draft.totalRows; from += LOOKUP_PAGE_SIZE) {
      const page = await queryClient.fetchQuery(
        trpc.admin.drafts.get.queryOptions({ datasetId, offset: from, limit: LOOKUP_PAGE_SIZE }),
      );
      if (page.draft?.rows.some((r) => r.key === key)) return true;
    }
    return false;
  };

  const checkNewKey = (ownKey: string | null) => async (key: string) => {
    if (key !== ownKey && addedKeys.has(key)) return "Another new row already uses this key.";
    if (changes.deleted.includes(key)) {
      return "A row with this key is marked for deletion: undo the deletion and edit that row, or save first.";
    }
    if (await keyInDraft(key)) {
      return `The draft already has a row "${key}": edit that row instead.`;
    }
    return null;
  };

  const applyEdit = (point: DataPointInput) => {
    if (!editing) return;
    setReport(null);
    if (editing.mode === "new") {
      withBase((c) => ({ ...c, added: [...c.added, point] }));
    } else if (editing.isNew) {
      withBase((c) => ({
        ...c,
        added: c.added.map((p) => (p.key === editing.key ? point : p)),
      }));
    } else {
      const original = pageRows.find((r) => r.key === editing.key);
      withBase((c) => {
        const edited = { ...c.edited };
        if (original && fieldChanges(original, point).length === 0) delete edited[editing.key];
        else edited[editing.key] = point;
        return { ...c, edited };
      });
    }
  };

  const removeRow = (key: string) => {
    setReport(null);
    withBase((c) => {
      const edited = { ...c.edited };
      delete edited[key];
      return { ...c, edited, deleted: [...c.deleted, key] };
    });
  };
  const undo = (key: string) =>
    setChanges((c) => {
      const edited = { ...c.edited };
      delete edited[key];
      const next = {
        edited,
        added: c.added.filter((p) => p.key !== key),
        deleted: c.deleted.filter((k) => k !== key),
      };
      const empty = Object.keys(edited).length + next.added.length + next.deleted.length === 0;
      return { ...next, base: empty ? null : c.base };
    });

  const openEditor = (key: string) => {
    const added = changes.added.find((p) => p.key === key);
    if (added) {
      setEditing({ mode: "edit", key, point: added, isNew: true });
      return;
    }
    const point = changes.edited[key] ?? pageRows.find((r) => r.key === key);
    if (point) setEditing({ mode: "edit", key, point, isNew: false });
  };
  const canEdit = (key: string) =>
    addedKeys.has(key) ||
    key in changes.edited ||
    (pageKeys.has(key) && !changes.deleted.includes(key));

  const saveDraft = () => {
    if (changeCount > MAX_ROWS_PER_SAVE) {
      setReport({
        kind: "error",
        message: `One save takes at most ${MAX_ROWS_PER_SAVE.toLocaleString("en-US")} changed rows (you have ${changeCount.toLocaleString("en-US")}): save in parts, or use a CSV import.`,
      });
      return;
    }
    setReport(null);
    save.mutate({
      datasetId,
      draftId: base.draftId,
      revision: base.revision,
      changes: {
        upsert: [...Object.values(changes.edited), ...changes.added],
        delete: changes.deleted,
      },
      note: saveNote.trim() || undefined,
    });
  };

  const publishDraft = () => {
    const replaces = dataset.published
      ? `It replaces version ${dataset.published.number} on the public pages at once.`
      : "It becomes public at once.";
    if (
      !window.confirm(
        `Publish draft version ${draft.number} of “${data.dataset.title}”? ${replaces}`,
      )
    )
      return;
    setReport(null);
    publish.mutate({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
      note: publishNote.trim() || undefined,
    });
  };
  const discardDraft = () => {
    const lost =
      changeCount > 0 ? ` Your ${plural(changeCount, "unsaved change")} will be lost too.` : "";
    if (
      !window.confirm(
        `Discard draft version ${draft.number} and every change saved in it? This cannot be undone.${lost}`,
      )
    )
      return;
    setReport(null);
    discard.mutate({ datasetId, draftId: draft.id, revision: draft.revision });
  };

  const goTo = (next: number) => startPaging(() => setOffset(next));
  const lastShown = Math.min(offset + pageRows.length, draft.totalRows);

  return (
    <div className="grid grid-cols-1 gap-4" data-testid="draft-panel">
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className={muted}>Draft</dt>
        <dd>
          Version {draft.number}
          {draft.basedOnVersionNumber !== null &&
            `, based on version ${draft.basedOnVersionNumber}`}{" "}
          (revision {draft.revision})
        </dd>
        <dt className={muted}>Started</dt>
        <dd>
          {draft.createdBy ?? "Command line"}, {formatWhen(draft.createdAt)}
        </dd>
        <dt className={muted}>Last edited</dt>
        <dd>
          {draft.lastEditedBy ?? "—"}, {formatWhen(draft.lastEditedAt)}
        </dd>
        <dt className={muted}>Rows</dt>
        <dd data-testid="draft-row-count">{draft.totalRows.toLocaleString("en-US")}</dd>
      </dl>

      <section aria-labelledby="draft-checks-heading">
        <h3 id="draft-checks-heading" className="text-base font-semibold">
          Quality checks of the saved draft
        </h3>
        {draft.issues.length === 0 ? (
          <p className={`text-sm ${muted}`}>The checks found nothing to report.</p>
        ) : (
          <IssueList
            label="Quality checks of the saved draft"
            issues={draft.issues}
            errorCount={draft.errorCount}
            warningCount={draft.warningCount}
            truncated={draft.truncated}
            canEdit={canEdit}
            onEdit={openEditor}
          />
        )}
      </section>

      <div className="flex flex-wrap items-end gap-3 rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
        <button
          type="button"
          className={secondaryButton}
          disabled={busy}
          onClick={() => setEditing({ mode: "new" })}
        >
          Add row
        </button>
        <NoteInput
          label="Note for the history (optional)"
          value={saveNote}
          onChange={setSaveNote}
        />
        <button
          type="button"
          className={primaryButton}
          disabled={changeCount === 0 || busy}
          onClick={saveDraft}
        >
          {save.isPending ? "Saving…" : "Save draft"}
        </button>
        <span className="text-sm" data-testid="unsaved-count">
          {changeCount === 0 ? "No unsaved changes" : `${plural(changeCount, "unsaved change")}`}
        </span>
        {changeCount > 0 && (
          <button
            type="button"
            className={linkButton}
            onClick={() => {
              if (window.confirm("Undo every unsaved change?")) setChanges(noChanges);
            }}
          >
            Undo all
          </button>
        )}
      </div>

      <ReportView
        report={report}
        onReload={reload}
        reloading={reloading}
        onDismiss={() => setReport(null)}
        canEdit={canEdit}
        onEdit={openEditor}
      />

      {changes.added.length > 0 && (
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid="new-rows">
            <caption className="mb-1 text-left font-semibold">New rows, not saved yet</caption>
            <RowHead />
            <tbody>
              {changes.added.map((p) => (
                <tr key={p.key}>
                  <RowCells point={p} status="new" />
                  <td className={`${cell} whitespace-nowrap`}>
                    <button
                      type="button"
                      className={linkButton}
                      disabled={busy}
                      onClick={() => openEditor(p.key)}
                    >
                      Edit<span className="sr-only"> {p.key}</span>
                    </button>{" "}
                    <button
                      type="button"
                      className={`${linkButton} ml-2`}
                      disabled={busy}
                      onClick={() => undo(p.key)}
                    >
                      Remove<span className="sr-only"> {p.key}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {draft.totalRows === 0 ? (
        <p role="status" className={noteBox}>
          This draft has no rows yet. Add rows one by one, or import a CSV file below.
        </p>
      ) : pageRows.length === 0 ? (
        <p role="status" className={noteBox}>
          There are no rows on this page any more.{" "}
          <button type="button" className={linkButton} onClick={() => goTo(0)}>
            Go to the first page
          </button>
        </p>
      ) : (
        <div aria-busy={paging}>
          <div className="relative overflow-x-auto">
            <table
              className={`w-full min-w-[40rem] border-collapse text-sm ${paging ? "opacity-60" : ""}`}
              data-testid="draft-rows"
            >
              <caption className="sr-only">
                Rows {offset + 1} to {lastShown} of the draft
              </caption>
              <RowHead />
              <tbody>
                {pageRows.map((row) => {
                  const deleted = changes.deleted.includes(row.key);
                  const edited = changes.edited[row.key];
                  const status = deleted ? "deleted" : edited ? "changed" : null;
                  return (
                    <tr key={row.key} data-key={row.key}>
                      <RowCells point={edited ?? row} status={status} />
                      <td className={`${cell} whitespace-nowrap`}>
                        {!deleted && (
                          <button
                            type="button"
                            className={linkButton}
                            disabled={busy}
                            onClick={() => openEditor(row.key)}
                          >
                            Edit<span className="sr-only"> {row.key}</span>
                          </button>
                        )}
                        {status ? (
                          <button
                            type="button"
                            className={`${linkButton} ml-2`}
                            disabled={busy}
                            onClick={() => undo(row.key)}
                          >
                            Undo<span className="sr-only"> changes to {row.key}</span>
                          </button>
                        ) : (
                          <button
                            type="button"
                            className={`${linkButton} ml-2 text-red-700 dark:text-red-400`}
                            disabled={busy}
                            onClick={() => removeRow(row.key)}
                          >
                            Delete<span className="sr-only"> {row.key}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <nav
            aria-label="Draft rows pages"
            className="mt-2 flex flex-wrap items-center gap-3 text-sm"
          >
            <span>
              Rows {(offset + 1).toLocaleString("en-US")}–{lastShown.toLocaleString("en-US")} of{" "}
              {draft.totalRows.toLocaleString("en-US")}
            </span>
            <button
              type="button"
              className={secondaryButton}
              disabled={offset === 0 || paging}
              onClick={() => goTo(Math.max(0, offset - DRAFT_PAGE_SIZE))}
            >
              Previous page
            </button>
            <button
              type="button"
              className={secondaryButton}
              disabled={offset + DRAFT_PAGE_SIZE >= draft.totalRows || paging}
              onClick={() => goTo(offset + DRAFT_PAGE_SIZE)}
            >
              Next page
            </button>
            {paging && <span role="status">Loading rows…</span>}
          </nav>
        </div>
      )}

      <section
        aria-labelledby="publish-heading"
        className="grid grid-cols-1 gap-3 border-t border-slate-200 pt-4 dark:border-slate-800"
      >
        <h3 id="publish-heading" className="text-base font-semibold">
          Publish or discard
        </h3>
        <div className="flex flex-wrap items-end gap-3">
          <NoteInput
            label="Publish note (optional)"
            value={publishNote}
            onChange={setPublishNote}
          />
          <button
            type="button"
            className={primaryButton}
            disabled={busy || changeCount > 0 || draft.totalRows === 0}
            onClick={publishDraft}
          >
            {publish.isPending ? "Publishing…" : `Publish version ${draft.number}`}
          </button>
          <button type="button" className={dangerButton} disabled={busy} onClick={discardDraft}>
            {discard.isPending ? "Discarding…" : "Discard draft"}
          </button>
        </div>
        {changeCount > 0 && (
          <p className={`text-sm ${muted}`}>Save or undo your changes before publishing.</p>
        )}
        {draft.totalRows === 0 && (
          <p className={`text-sm ${muted}`}>
            A draft needs at least one saved row to be published.
          </p>
        )}
      </section>

      {editing && (
        <PointDialog
          mode={editing.mode === "new" ? "new" : "edit"}
          initial={editing.mode === "new" ? emptyPointValues() : toPointValues(editing.point)}
          checkKey={
            editing.mode === "new"
              ? checkNewKey(null)
              : editing.isNew
                ? checkNewKey(editing.key)
                : undefined
          }
          editableKey={editing.mode === "new" || editing.isNew}
          onSubmit={applyEdit}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

function RowHead() {
  return (
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
        <th scope="col" className={cell}>
          Scope
        </th>
        <th scope="col" className={cell}>
          <span className="sr-only">Actions</span>
        </th>
      </tr>
    </thead>
  );
}

const statusStyle = {
  new: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  changed: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  deleted: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
} as const;
const statusName = { new: "New", changed: "Changed", deleted: "Deleted" } as const;

function RowCells({
  point,
  status,
}: {
  point: DataPointInput;
  status: keyof typeof statusStyle | null;
}) {
  const struck = status === "deleted" ? "line-through opacity-70" : "";
  return (
    <>
      <th scope="row" className={`${cell} font-mono text-xs font-normal break-all`}>
        <span className={struck}>{point.key}</span>
        {status && (
          <span className={`${badge} ${statusStyle[status]} ml-1 font-sans`}>
            {statusName[status]}
          </span>
        )}
      </th>
      <td className={`${cell} ${struck}`}>{point.label}</td>
      <td className={`${cell} ${struck}`} data-testid="row-figure">
        <span className="whitespace-nowrap">{describePoint(point)}</span>
        <span className={`block text-xs ${muted}`}>
          {point.metric} · {point.statistic}
        </span>
      </td>
      <td className={`${cell} ${struck}`}>{scopeOf(point) || <span className={muted}>—</span>}</td>
    </>
  );
}

function ReportView({
  report,
  onReload,
  reloading,
  onDismiss,
  canEdit,
  onEdit,
}: {
  report: Report | null;
  onReload: () => void;
  reloading: boolean;
  onDismiss: () => void;
  canEdit?: (key: string) => boolean;
  onEdit?: (key: string) => void;
}) {
  if (!report) return null;
  switch (report.kind) {
    case "conflict":
      return (
        <ConflictView
          message={report.message}
          details={report.details}
          onReload={onReload}
          reloading={reloading}
          reloaded={report.reloaded}
          onDismiss={onDismiss}
        />
      );
    case "error":
      return (
        <p role="alert" data-testid="draft-status" className={alertBox}>
          {report.message}
        </p>
      );
    case "info":
      return (
        <p role="status" data-testid="draft-status" className={okBox}>
          {report.message}
        </p>
      );
    case "saved":
      return (
        <div className="grid grid-cols-1 gap-2">
          <p role="status" data-testid="draft-status" className={okBox}>
            {report.message}
          </p>
          <IssueList
            label="Warnings about the saved rows"
            {...report}
            canEdit={canEdit}
            onEdit={onEdit}
          />
        </div>
      );
    case "invalid":
      return (
        <div className={`${alertBox} grid grid-cols-1 gap-2`}>
          <p role="alert" data-testid="draft-status" className="font-medium">
            Not saved: fix the errors below. Your changes are kept on this page.
          </p>
          <div className="rounded bg-white p-2 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
            <IssueList
              label="Problems that stopped the save"
              {...report}
              canEdit={canEdit}
              onEdit={onEdit}
            />
          </div>
        </div>
      );
  }
}
