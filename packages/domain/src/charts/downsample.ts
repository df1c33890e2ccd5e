/** A point of a time series: an ISO date and its value. */
export interface SeriesPoint {
  date: string;
  value: number;
}

/**
 * Largest-Triangle-Three-Buckets (Steinarsson, 2013): at most `threshold` points that keep the
 * series' shape (its peaks and troughs), the first and last points included. A long daily
 * series is drawn from these, never sent point by point.
 */
export function downsampleLttb<T extends { value: number }>(
  points: readonly T[],
  threshold: number,
  x: (p: T, index: number) => number = (_p, i) => i,
): T[] {
  if (threshold >= points.length || threshold < 3) return [...points];
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  const sampled: T[] = [first];
  const bucketSize = (points.length - 2) / (threshold - 2);
  let a = 0;
  for (let i = 0; i < threshold - 2; i++) {
    // The average of the next bucket is the third corner of the triangle.
    const nextStart = Math.floor((i + 1) * bucketSize) + 1;
    const nextEnd = Math.min(Math.floor((i + 2) * bucketSize) + 1, points.length);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += x(points[j] as T, j);
      avgY += (points[j] as T).value;
    }
    const count = Math.max(1, nextEnd - nextStart);
    avgX /= count;
    avgY /= count;

    const start = Math.floor(i * bucketSize) + 1;
    const end = Math.floor((i + 1) * bucketSize) + 1;
    const pa = points[a] as T;
    const ax = x(pa, a);
    let maxArea = -1;
    let chosen = start;
    for (let j = start; j < end; j++) {
      const p = points[j] as T;
      const area = Math.abs(
        (ax - avgX) * (p.value - pa.value) - (ax - x(p, j)) * (avgY - pa.value),
      );
      if (area > maxArea) {
        maxArea = area;
        chosen = j;
      }
    }
    sampled.push(points[chosen] as T);
    a = chosen;
  }
  sampled.push(last);
  return sampled;
}
