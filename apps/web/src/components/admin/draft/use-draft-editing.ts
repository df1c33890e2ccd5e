"use client";

import type { DataPointInput } from "@aiml/domain";
import { useQueryClient } from "@tanstack/react-query";
import { type Dispatch, useState } from "react";
import { useTRPC } from "~/trpc/react";
import type { ChangeAction, ChangeSet } from "./change-set";
import type { OpenDraft } from "./draft-data";

/** The largest page the API serves, used to look a key up in the whole draft. */
const LOOKUP_PAGE_SIZE = 5_000;

export type Editing =
  | { mode: "new" }
  | { mode: "edit"; key: string; point: DataPointInput; isNew: boolean }
  | null;

/** The draft being edited and the unsaved changes to it. */
export interface EditedDraft {
  datasetId: string;
  draft: OpenDraft;
  changes: ChangeSet;
  dispatch: Dispatch<ChangeAction>;
}

/**
 * The row open in the point dialog and the edits to the change set: adding, editing, deleting
 * and undoing rows of the shown page, each made against the draft state the first edit pinned.
 * `onChange` runs before each change (the last report no longer applies).
 */
export function useDraftEditing({
  datasetId,
  draft,
  changes,
  dispatch,
  onChange,
}: EditedDraft & { onChange: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing>(null);

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
    onChange();
    if (editing.mode === "new") dispatch({ type: "add", point, base });
    else if (editing.isNew) dispatch({ type: "replace-added", key: editing.key, point, base });
    else {
      const original = pageRows.find((r) => r.key === editing.key);
      dispatch({ type: "edit", key: editing.key, point, original, base });
    }
  };

  const removeRow = (key: string) => {
    onChange();
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

  return {
    base,
    editing,
    openNew: () => setEditing({ mode: "new" }),
    closeEditor: () => setEditing(null),
    checkNewKey,
    applyEdit,
    removeRow,
    undo,
    openEditor,
    canEdit,
  };
}
