"use client";

import type { DataPointInput } from "@aiml/domain";
import { PointDialog } from "../point-dialog";
import { emptyPointValues, toPointValues } from "../point-form";
import type { Editing } from "./use-draft-editing";

/**
 * The point dialog for the row being edited. A new row, or one not saved yet, may take any key
 * no other row has; a saved row keeps its key.
 */
export function EditingDialog({
  editing,
  checkNewKey,
  onSubmit,
  onClose,
}: {
  editing: Editing;
  checkNewKey: (ownKey: string | null) => (key: string) => Promise<string | null>;
  onSubmit: (point: DataPointInput) => void;
  onClose: () => void;
}) {
  if (!editing) return null;
  return (
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
      onSubmit={onSubmit}
      onClose={onClose}
    />
  );
}
