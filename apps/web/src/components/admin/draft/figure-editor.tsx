"use client";

import { Button } from "../../ui/button";
import { noteBox } from "../../ui/styles";
import { DRAFT_PAGE_SIZE } from "../page-sizes";
import { changeCount, toSaveChanges } from "./change-set";
import { type Report, ReportView, type ReportViewProps } from "./draft-report";
import { DraftRowsTable, NewRowsTable } from "./draft-rows";
import { EditToolbar } from "./edit-toolbar";
import { EditingDialog } from "./editing-dialog";
import { QualityChecks } from "./quality-checks";
import { type EditedDraft, useDraftEditing } from "./use-draft-editing";
import type { DraftMutations } from "./use-draft-mutations";

/** The API takes at most this many changed rows in one save. */
const MAX_ROWS_PER_SAVE = 1_000;

interface Props extends EditedDraft {
  report: ReportViewProps;
  setReport: (report: Report | null) => void;
  /** The shown page of saved rows, and whether the next one is loading. */
  offset: number;
  paging: boolean;
  onPage: (offset: number) => void;
  mutations: DraftMutations;
  saveNote: string;
  onSaveNote: (note: string) => void;
}

/**
 * A draft of figures, edited row by row: its quality checks, the editing bar, the new rows and a
 * page of saved rows with the unsaved edits on them, and the dialog a row is edited in.
 */
export function FigureEditor({
  datasetId,
  draft,
  changes,
  dispatch,
  report,
  setReport,
  offset,
  paging,
  onPage,
  mutations: { busy, save },
  saveNote,
  onSaveNote,
}: Props) {
  const editor = useDraftEditing({
    datasetId,
    draft,
    changes,
    dispatch,
    onChange: () => setReport(null),
  });
  const unsaved = changeCount(changes);

  const saveDraft = () => {
    if (unsaved > MAX_ROWS_PER_SAVE) {
      setReport({
        kind: "error",
        message: `One save takes at most ${MAX_ROWS_PER_SAVE.toLocaleString("en-US")} changed rows (you have ${unsaved.toLocaleString("en-US")}): save in parts, or use a CSV import.`,
      });
      return;
    }
    setReport(null);
    save.mutate({
      datasetId,
      draftId: editor.base.draftId,
      revision: editor.base.revision,
      changes: toSaveChanges(changes),
      note: saveNote.trim() || undefined,
    });
  };

  return (
    <>
      <QualityChecks draft={draft} canEdit={editor.canEdit} onEdit={editor.openEditor} />
      <EditToolbar
        busy={busy}
        saving={save.isPending}
        changeCount={unsaved}
        note={saveNote}
        onNote={onSaveNote}
        onAdd={editor.openNew}
        onSave={saveDraft}
        onUndoAll={() => dispatch({ type: "clear" })}
      />
      <ReportView {...report} canEdit={editor.canEdit} onEdit={editor.openEditor} />
      <NewRowsTable
        added={changes.added}
        busy={busy}
        onEdit={editor.openEditor}
        onRemove={editor.undo}
      />
      {draft.totalRows === 0 ? (
        <p role="status" className={noteBox}>
          This draft has no rows yet. Add rows one by one, or import a CSV file below.
        </p>
      ) : draft.rows.length === 0 ? (
        <p role="status" className={noteBox}>
          There are no rows on this page any more.{" "}
          <Button variant="link" onClick={() => onPage(0)}>
            Go to the first page
          </Button>
        </p>
      ) : (
        <DraftRowsTable
          rows={draft.rows}
          changes={changes}
          offset={offset}
          pageSize={DRAFT_PAGE_SIZE}
          totalRows={draft.totalRows}
          paging={paging}
          busy={busy}
          onPage={onPage}
          onEdit={editor.openEditor}
          onDelete={editor.removeRow}
          onUndo={editor.undo}
        />
      )}
      <EditingDialog
        editing={editor.editing}
        checkNewKey={editor.checkNewKey}
        onSubmit={editor.applyEdit}
        onClose={editor.closeEditor}
      />
    </>
  );
}
