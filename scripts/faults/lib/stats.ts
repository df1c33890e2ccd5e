/** The value at quantile `q` (0–1) by nearest rank; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

const ms = (v: number) => (Number.isNaN(v) ? "–" : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`);

/** "n=…, median …, p99 …, min–max …" for a list of latencies in milliseconds. */
export function describeLatencies(values: readonly number[]): string {
  if (values.length === 0) return "n=0";
  const min = Math.min(...values);
  const max = Math.max(...values);
  return `n=${values.length}, median ${ms(median(values))}, p99 ${ms(quantile(values, 0.99))}, min–max ${ms(min)}–${ms(max)}`;
}

/** How many times each value occurs, as "503×12, 200×3". */
export function countBy<T>(values: readonly T[], key: (v: T) => string | number): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(String(key(v)), (counts.get(String(key(v))) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}×${n}`).join(", ") || "none";
}
