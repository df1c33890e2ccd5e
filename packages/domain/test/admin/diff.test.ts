import { describe, expect, it } from "vitest";
import { diffCounts, diffDataPoints, limitDiff } from "../../src";
import { point } from "./fixtures";

describe("diffDataPoints", () => {
  it("matches points by key and lists added, removed and field-level changes", () => {
    const kept = point({ key: "kept" });
    const changedBefore = point({ key: "changed", value: 120_000, note: "old" });
    const changedAfter = point({ key: "changed", value: 125_000, note: undefined });
    const removed = point({ key: "removed" });
    const added = point({ key: "added" });

    const diff = diffDataPoints([kept, changedBefore, removed], [added, changedAfter, kept]);

    expect(diff.added).toEqual([added]);
    expect(diff.removed).toEqual([removed]);
    expect(diff.changed).toEqual([
      {
        key: "changed",
        label: changedAfter.label,
        changes: [
          { field: "value", before: 120_000, after: 125_000 },
          { field: "note", before: "old", after: null },
        ],
      },
    ]);
    expect(diff.unchangedCount).toBe(1);
    expect(diffCounts(diff)).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
  });

  it("sees no change between identical sets, whatever their order", () => {
    const a = point({ key: "a" });
    const b = point({ key: "b", company: "Acme" });
    expect(diffCounts(diffDataPoints([a, b], [b, a]))).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
      unchanged: 2,
    });
  });

  it("can be cut to a bounded size while keeping the full counts", () => {
    const after = Array.from({ length: 5 }, (_, i) => point({ key: `k${i}` }));
    const limited = limitDiff(diffDataPoints([], after), 2);
    expect(limited.added.map((p) => p.key)).toEqual(["k0", "k1"]);
    expect(limited.counts.added).toBe(5);
    expect(limited.truncated).toBe(true);
    expect(limitDiff(diffDataPoints([], after), 5).truncated).toBe(false);
  });
});
