// Statistics the benchmark and fault scripts report: nearest-rank percentiles, spreads, counts.

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The nearest-rank percentile (p in 0–100) of the values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Median and range of the finite values (a ratio over a run that completed nothing is not). */
export function spread(values: readonly number[]): Spread {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite) };
}

/** "1234 (1100–1300)": the median and, over several runs, the range. */
export function formatSpread(s: Spread, digits = 0): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
  return s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

const ms = (v: number) => (Number.isNaN(v) ? "–" : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`);

/** "n=…, median …, p99 …, min–max …" for a list of latencies in milliseconds. */
export function describeLatencies(values: readonly number[]): string {
  if (values.length === 0) return "n=0";
  const min = Math.min(...values);
  const max = Math.max(...values);
  return `n=${values.length}, median ${ms(median(values))}, p99 ${ms(percentile(values, 99))}, min–max ${ms(min)}–${ms(max)}`;
}

/** How many times each value occurs, as "503×12, 200×3". */
export function countBy<T>(values: readonly T[], key: (v: T) => string | number): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(String(key(v)), (counts.get(String(key(v))) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}×${n}`).join(", ") || "none";
}
