"use client";

import type { DataPointInput } from "@aiml/domain";
import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useEffect, useReducer, useState, useTransition } from "react";
import { useTRPC } from "~/trpc/react";
import { Button } from "../ui/button";
import { muted, noteBox } from "../ui/styles";
import {
  changeSetReducer,
  changeCount as countChanges,
  emptyChangeSet,
  toSaveChanges,
} from "./draft/change-set";
import { type Report, ReportView } from "./draft/draft-report";
import { DraftRowsTable, NewRowsTable } from "./draft/draft-rows";
import { useDraftMutations } from "./draft/use-draft-mutations";
import { formatWhen, plural } from "./format";
import { IssueList } from "./issue-list";
import { NoteInput } from "./note-input";
import { BreaksEditor } from "./open-data/breaks-editor";
import { ObservationBrowser } from "./open-data/observation-browser";
import { DRAFT_PAGE_SIZE } from "./page-sizes";
import { PointDialog } from "./point-dialog";
import { emptyPointValues, toPointValues } from "./point-form";

/** The API takes at most this many changed rows in one save. */
const MAX_ROWS_PER_SAVE = 1_000;
/** The largest page the API serves, used to look a key up in the whole draft. */
const LOOKUP_PAGE_SIZE = 5_000;

type Editing =
  | { mode: "new" }
  | { mode: "edit"; key: string; point: DataPointInput; isNew: boolean }
  | null;

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
  const [changes, dispatch] = useReducer(changeSetReducer, emptyChangeSet);
  const [report, setReport] = useState<Report | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [saveNote, setSaveNote] = useState("");
  const [publishNote, setPublishNote] = useState("");
  const [reloading, setReloading] = useState(false);

  const draft = data.draft;
  const changeCount = countChanges(changes);
  /** An open-data draft holds observations (browsed and imported), not editable figures. */
  const openData = draft?.observationCount != null;
  const savedRows = draft ? (draft.observationCount ?? draft.totalRows) : 0;

  // Leaving the page would lose edits that only live here.
  useEffect(() => {
    if (changeCount === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [changeCount]);

  const { start, save, publish, discard, busy, refresh } = useDraftMutations({
    report: setReport,
    onSaved: () => {
      dispatch({ type: "clear" });
      setSaveNote("");
    },
    onPublished: () => {
      setPublishNote("");
      setOffset(0);
    },
    onDiscarded: () => {
      dispatch({ type: "clear" });
      setOffset(0);
    },
  });

  const reload = async () => {
    setReloading(true);
    try {
      dispatch({ type: "clear" });
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
            ? `The public pages show version ${dataset.published.number}${dataset.metadata.importFormat ? "" : ` (${plural(dataset.published.dataPointCount, "data point")})`}. Start editing to change it: a draft copies the published rows, and nothing is public until you publish it.`
            : "This dataset has never been published. Start editing to add its rows."}
        </p>
        <div>
          <Button variant="primary" disabled={busy} onClick={() => start.mutate({ datasetId })}>
            {start.isPending ? "Starting…" : "Start editing"}
          </Button>
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
    if (editing.mode === "new") dispatch({ type: "add", point, base });
    else if (editing.isNew) dispatch({ type: "replace-added", key: editing.key, point, base });
    else {
      const original = pageRows.find((r) => r.key === editing.key);
      dispatch({ type: "edit", key: editing.key, point, original, base });
    }
  };

  const removeRow = (key: string) => {
    setReport(null);
    dispatch({ type: "delete", key, base });
  };
  const undo = (key: string) => dispatch({ type: "undo", key });

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
      changes: toSaveChanges(changes),
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
        {openData ? (
          <>
            <dt className={muted}>Series</dt>
            <dd>{(draft.seriesCount ?? 0).toLocaleString("en-US")}</dd>
            <dt className={muted}>Observations</dt>
            <dd data-testid="draft-row-count">{savedRows.toLocaleString("en-US")}</dd>
          </>
        ) : (
          <>
            <dt className={muted}>Rows</dt>
            <dd data-testid="draft-row-count">{draft.totalRows.toLocaleString("en-US")}</dd>
          </>
        )}
      </dl>

      {openData && (
        <section aria-labelledby="draft-observations-heading" className="grid gap-2">
          <h3 id="draft-observations-heading" className="text-base font-semibold">
            Observations of the draft
          </h3>
          <p className={`text-sm ${muted}`}>
            Open data changes through a CSV import (below); each series is replaced as a whole.
          </p>
          <ObservationBrowser
            datasetId={datasetId}
            versionId={draft.id}
            caption={`Observations of draft version ${draft.number}`}
          />
        </section>
      )}
      {openData && (
        <section aria-labelledby="draft-breaks-heading" className="grid gap-2">
          <h3 id="draft-breaks-heading" className="text-base font-semibold">
            Series breaks
          </h3>
          <BreaksEditor datasetId={datasetId} draft={draft} />
        </section>
      )}

      {!openData && (
        <>
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
            <Button disabled={busy} onClick={() => setEditing({ mode: "new" })}>
              Add row
            </Button>
            <NoteInput
              label="Note for the history (optional)"
              value={saveNote}
              onChange={setSaveNote}
            />
            <Button variant="primary" disabled={changeCount === 0 || busy} onClick={saveDraft}>
              {save.isPending ? "Saving…" : "Save draft"}
            </Button>
            <span className="text-sm" data-testid="unsaved-count">
              {changeCount === 0
                ? "No unsaved changes"
                : `${plural(changeCount, "unsaved change")}`}
            </span>
            {changeCount > 0 && (
              <Button
                variant="link"
                onClick={() => {
                  if (window.confirm("Undo every unsaved change?")) dispatch({ type: "clear" });
                }}
              >
                Undo all
              </Button>
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

          <NewRowsTable added={changes.added} busy={busy} onEdit={openEditor} onRemove={undo} />

          {draft.totalRows === 0 ? (
            <p role="status" className={noteBox}>
              This draft has no rows yet. Add rows one by one, or import a CSV file below.
            </p>
          ) : pageRows.length === 0 ? (
            <p role="status" className={noteBox}>
              There are no rows on this page any more.{" "}
              <Button variant="link" onClick={() => goTo(0)}>
                Go to the first page
              </Button>
            </p>
          ) : (
            <DraftRowsTable
              rows={pageRows}
              changes={changes}
              offset={offset}
              pageSize={DRAFT_PAGE_SIZE}
              totalRows={draft.totalRows}
              paging={paging}
              busy={busy}
              onPage={goTo}
              onEdit={openEditor}
              onDelete={removeRow}
              onUndo={undo}
            />
          )}
        </>
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
          <Button
            variant="primary"
            disabled={busy || changeCount > 0 || savedRows === 0}
            onClick={publishDraft}
          >
            {publish.isPending ? "Publishing…" : `Publish version ${draft.number}`}
          </Button>
          <Button variant="danger" disabled={busy} onClick={discardDraft}>
            {discard.isPending ? "Discarding…" : "Discard draft"}
          </Button>
        </div>
        {changeCount > 0 && (
          <p className={`text-sm ${muted}`}>Save or undo your changes before publishing.</p>
        )}
        {savedRows === 0 && (
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
