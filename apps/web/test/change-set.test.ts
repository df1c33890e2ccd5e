// The draft editor's unsaved change set (components/admin/draft/change-set.ts).
import type { DataPointInput } from "@aiml/domain";
import { describe, expect, it } from "vitest";
import {
  changeCount,
  changeSetReducer,
  emptyChangeSet,
  toSaveChanges,
} from "../src/components/admin/draft/change-set";

const point = (key: string, value: number): DataPointInput =>
  ({ key, label: `Row ${key}`, value }) as unknown as DataPointInput;
const base = { draftId: "d1", revision: 3 };
const later = { draftId: "d1", revision: 4 };

describe("the draft's change set", () => {
  it("pins the draft state of its first edit", () => {
    const one = changeSetReducer(emptyChangeSet, { type: "add", point: point("a", 1), base });
    const two = changeSetReducer(one, { type: "delete", key: "b", base: later });
    expect(two.base).toEqual(base);
    expect(changeCount(two)).toBe(2);
  });

  it("forgets an edit that returns a row to its saved values", () => {
    const saved = point("a", 1);
    const edited = changeSetReducer(emptyChangeSet, {
      type: "edit",
      key: "a",
      point: point("a", 2),
      original: saved,
      base,
    });
    expect(edited.edited.a).toEqual(point("a", 2));
    const back = changeSetReducer(edited, {
      type: "edit",
      key: "a",
      point: point("a", 1),
      original: saved,
      base,
    });
    expect(back.edited).toEqual({});
  });

  it("deleting an edited row drops the edit; undoing the last change unpins the state", () => {
    let changes = changeSetReducer(emptyChangeSet, {
      type: "edit",
      key: "a",
      point: point("a", 2),
      original: point("a", 1),
      base,
    });
    changes = changeSetReducer(changes, { type: "delete", key: "a", base });
    expect(changes.edited).toEqual({});
    expect(changes.deleted).toEqual(["a"]);
    changes = changeSetReducer(changes, { type: "undo", key: "a" });
    expect(changes).toEqual(emptyChangeSet);
  });

  it("replaces a new row in place and sends edits and new rows as upserts", () => {
    let changes = changeSetReducer(emptyChangeSet, { type: "add", point: point("n", 1), base });
    changes = changeSetReducer(changes, {
      type: "replace-added",
      key: "n",
      point: point("n", 5),
      base,
    });
    changes = changeSetReducer(changes, {
      type: "edit",
      key: "a",
      point: point("a", 2),
      original: point("a", 1),
      base,
    });
    changes = changeSetReducer(changes, { type: "delete", key: "z", base });
    expect(toSaveChanges(changes)).toEqual({
      upsert: [point("a", 2), point("n", 5)],
      delete: ["z"],
    });
    expect(changeSetReducer(changes, { type: "clear" })).toEqual(emptyChangeSet);
  });
});
