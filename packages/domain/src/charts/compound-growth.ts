import { compoundAnnualGrowth } from "../market/formulas";

/** A value in a year; `computed` marks one that no source states (interpolated or projected). */
export interface YearValue {
  year: number;
  value: number;
}

export interface PathPoint extends YearValue {
  computed: boolean;
}

/** Growth per year as a fraction (0.1 for 10%), or NaN where the formula has no meaning. */
function yearlyRate(start: number, end: number, years: number): number {
  if (!(start > 0 && end >= 0 && years > 0)) return Number.NaN;
  return compoundAnnualGrowth(start, end, years) / 100;
}

/**
 * The path between two stated figures at a constant compound rate, one point per year: the two
 * ends are the sources' figures, the years between are computed.
 */
export function compoundGrowthPath(start: YearValue, end: YearValue): PathPoint[] {
  const years = end.year - start.year;
  const rate = yearlyRate(start.value, end.value, years);
  if (!Number.isFinite(rate)) return [];
  const path: PathPoint[] = [];
  for (let y = start.year; y <= end.year; y++) {
    const stated = y === start.year || y === end.year;
    path.push({
      year: y,
      value: y === end.year ? end.value : start.value * (1 + rate) ** (y - start.year),
      computed: !stated,
    });
  }
  return path;
}

export interface BandPoint {
  year: number;
  value: number;
  low: number;
  high: number;
}

export interface GrowthModel {
  /** The history the model was fitted on (after any series break). */
  fittedFrom: number;
  fittedTo: number;
  /** Compound annual growth over that history: the central path. */
  rate: number;
  /** The slowest and fastest growth over any `window`-year stretch of it: the band. */
  lowRate: number;
  highRate: number;
  window: number;
  /** Years of history left out because the series' definition changed in `breakYear`. */
  breakYear: number | null;
  points: BandPoint[];
}

/**
 * A projection continued from a history of yearly values: the central path keeps the history's
 * compound annual growth; the band keeps its slowest and fastest `window`-year growth. Only the
 * stretch after a series break (a changed occupation definition, say) is used, so the model never
 * fits across one. A model, not a forecast: callers label it so. Null without two years of data.
 */
export function projectFromHistory(
  history: readonly YearValue[],
  toYear: number,
  options: { breakYear?: number | null; window?: number } = {},
): GrowthModel | null {
  const breakYear = options.breakYear ?? null;
  const used = history
    .filter((p) => p.value > 0 && (breakYear === null || p.year >= breakYear))
    .sort((a, b) => a.year - b.year);
  const first = used[0];
  const last = used[used.length - 1];
  if (!first || !last || last.year <= first.year) return null;
  const rate = yearlyRate(first.value, last.value, last.year - first.year);
  const window = Math.min(options.window ?? 5, last.year - first.year);
  const rates: number[] = [];
  for (const a of used) {
    const b = used.find((p) => p.year === a.year + window);
    if (b) rates.push(yearlyRate(a.value, b.value, window));
  }
  const lowRate = rates.length > 0 ? Math.min(...rates) : rate;
  const highRate = rates.length > 0 ? Math.max(...rates) : rate;
  const points: BandPoint[] = [];
  for (let y = last.year; y <= toYear; y++) {
    const n = y - last.year;
    points.push({
      year: y,
      value: last.value * (1 + rate) ** n,
      low: last.value * (1 + lowRate) ** n,
      high: last.value * (1 + highRate) ** n,
    });
  }
  return {
    fittedFrom: first.year,
    fittedTo: last.year,
    rate,
    lowRate,
    highRate,
    window,
    breakYear: breakYear !== null && history.some((p) => p.year < breakYear) ? breakYear : null,
    points,
  };
}
