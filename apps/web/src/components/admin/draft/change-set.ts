// The edits an admin makes to a draft's rows, kept in the browser until "Save draft" and then
// sent as one change set with the draft state they were made against.
import { type DataPointInput, fieldChanges } from "@aiml/domain";

export interface DraftBase {
  draftId: string;
  revision: number;
}

export interface ChangeSet {
  /** Saved rows with new values, by key. */
  edited: Record<string, DataPointInput>;
  added: DataPointInput[];
  /** Keys of saved rows to delete. */
  deleted: string[];
  /** The draft state the first edit was made against (null while there are no edits). */
  base: DraftBase | null;
}

export const emptyChangeSet: ChangeSet = { edited: {}, added: [], deleted: [], base: null };

export type ChangeAction =
  | { type: "add"; point: DataPointInput; base: DraftBase }
  | { type: "replace-added"; key: string; point: DataPointInput; base: DraftBase }
  /** `original` is the saved row: an edit back to it is no change. */
  | {
      type: "edit";
      key: string;
      point: DataPointInput;
      original?: DataPointInput;
      base: DraftBase;
    }
  | { type: "delete"; key: string; base: DraftBase }
  | { type: "undo"; key: string }
  | { type: "clear" };

const without = (edited: ChangeSet["edited"], key: string) => {
  const rest = { ...edited };
  delete rest[key];
  return rest;
};

export function changeCount(changes: ChangeSet): number {
  return Object.keys(changes.edited).length + changes.added.length + changes.deleted.length;
}

export function changeSetReducer(changes: ChangeSet, action: ChangeAction): ChangeSet {
  // The first edit pins the draft state the whole change set is made against.
  const pinned = "base" in action ? (changes.base ?? action.base) : changes.base;
  switch (action.type) {
    case "add":
      return { ...changes, added: [...changes.added, action.point], base: pinned };
    case "replace-added":
      return {
        ...changes,
        added: changes.added.map((p) => (p.key === action.key ? action.point : p)),
        base: pinned,
      };
    case "edit": {
      const { key, point, original } = action;
      const unchanged = original !== undefined && fieldChanges(original, point).length === 0;
      const edited = unchanged ? without(changes.edited, key) : { ...changes.edited, [key]: point };
      return { ...changes, edited, base: pinned };
    }
    case "delete":
      return {
        ...changes,
        edited: without(changes.edited, action.key),
        deleted: [...changes.deleted, action.key],
        base: pinned,
      };
    case "undo": {
      const next = {
        edited: without(changes.edited, action.key),
        added: changes.added.filter((p) => p.key !== action.key),
        deleted: changes.deleted.filter((k) => k !== action.key),
        base: changes.base,
      };
      return changeCount(next) === 0 ? { ...next, base: null } : next;
    }
    case "clear":
      return emptyChangeSet;
  }
}

/** The change set as the save API takes it. */
export function toSaveChanges(changes: ChangeSet) {
  return { upsert: [...Object.values(changes.edited), ...changes.added], delete: changes.deleted };
}
