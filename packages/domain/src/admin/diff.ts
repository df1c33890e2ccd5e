import type { DataPointInput } from "../benchmarks/schemas";
import {
  type DataPointField,
  dataPointFields,
  type FieldValue,
  fieldValue,
} from "./data-point-fields";

export interface FieldChange {
  field: DataPointField;
  before: FieldValue;
  after: FieldValue;
}

export interface ChangedPoint {
  key: string;
  label: string;
  changes: FieldChange[];
}

/** How one set of data points became another, matched by key. */
export interface DataPointDiff {
  added: DataPointInput[];
  removed: DataPointInput[];
  changed: ChangedPoint[];
  unchangedCount: number;
}

export function fieldChanges(before: DataPointInput, after: DataPointInput): FieldChange[] {
  return dataPointFields.flatMap((field) => {
    const was = fieldValue(before, field);
    const now = fieldValue(after, field);
    return was === now ? [] : [{ field, before: was, after: now }];
  });
}

/** Added, removed and changed points (field by field), in the order of `after` then `before`. */
export function diffDataPoints(
  before: readonly DataPointInput[],
  after: readonly DataPointInput[],
): DataPointDiff {
  const beforeByKey = new Map(before.map((p) => [p.key, p]));
  const afterKeys = new Set(after.map((p) => p.key));
  const diff: DataPointDiff = { added: [], removed: [], changed: [], unchangedCount: 0 };
  for (const point of after) {
    const previous = beforeByKey.get(point.key);
    if (!previous) {
      diff.added.push(point);
      continue;
    }
    const changes = fieldChanges(previous, point);
    if (changes.length === 0) diff.unchangedCount += 1;
    else diff.changed.push({ key: point.key, label: point.label, changes });
  }
  diff.removed = before.filter((p) => !afterKeys.has(p.key));
  return diff;
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

export function diffCounts(diff: DataPointDiff): DiffCounts {
  return {
    added: diff.added.length,
    removed: diff.removed.length,
    changed: diff.changed.length,
    unchanged: diff.unchangedCount,
  };
}

/** A diff cut to at most `limit` entries per list, for responses and audit entries of bounded size. */
export interface LimitedDiff extends DataPointDiff {
  counts: DiffCounts;
  truncated: boolean;
}

export function limitDiff(diff: DataPointDiff, limit: number): LimitedDiff {
  const counts = diffCounts(diff);
  return {
    added: diff.added.slice(0, limit),
    removed: diff.removed.slice(0, limit),
    changed: diff.changed.slice(0, limit),
    unchangedCount: diff.unchangedCount,
    counts,
    truncated: counts.added > limit || counts.removed > limit || counts.changed > limit,
  };
}
