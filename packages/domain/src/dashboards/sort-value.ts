import type { BenchmarkFigure } from "../benchmarks/figure";

/** The number a row is sorted and scaled by: its central value, else its range's midpoint. */
export function sortValue(f: Pick<BenchmarkFigure, "value" | "low" | "high">): number {
  if (f.value !== null) return f.value;
  if (f.low !== null && f.high !== null) return (f.low + f.high) / 2;
  return f.low ?? f.high ?? 0;
}
