"use client";

import { Button } from "../../ui/button";
import { plural } from "../format";
import { NoteInput } from "../note-input";

/** The bar above the rows: add a row, the note and button to save, the unsaved count, undo all. */
export function EditToolbar({
  busy,
  saving,
  changeCount,
  note,
  onNote,
  onAdd,
  onSave,
  onUndoAll,
}: {
  busy: boolean;
  saving: boolean;
  changeCount: number;
  note: string;
  onNote: (note: string) => void;
  onAdd: () => void;
  onSave: () => void;
  onUndoAll: () => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-3 rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
      <Button disabled={busy} onClick={onAdd}>
        Add row
      </Button>
      <NoteInput label="Note for the history (optional)" value={note} onChange={onNote} />
      <Button variant="primary" disabled={changeCount === 0 || busy} onClick={onSave}>
        {saving ? "Saving…" : "Save draft"}
      </Button>
      <span className="text-sm" data-testid="unsaved-count">
        {changeCount === 0 ? "No unsaved changes" : `${plural(changeCount, "unsaved change")}`}
      </span>
      {changeCount > 0 && (
        <Button
          variant="link"
          onClick={() => {
            if (window.confirm("Undo every unsaved change?")) onUndoAll();
          }}
        >
          Undo all
        </Button>
      )}
    </div>
  );
}
