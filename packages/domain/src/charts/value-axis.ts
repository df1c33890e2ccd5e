import { scaleLinear } from "d3-scale";
import { formatTick } from "./tick-format";
import type { ChartUnit } from "./units";

export interface AxisTick {
  value: number;
  label: string;
  /** Position along the axis, 0 (start of the domain) to 1 (end). */
  at: number;
}

export interface ValueAxis {
  /** The nice domain the ticks span; it covers every value given. */
  domain: [number, number];
  ticks: AxisTick[];
  /** Position of a value along the axis, 0 to 1 (clamped). */
  position: (value: number) => number;
}

/**
 * A value axis over the given values with nice round ticks (d3-scale): from zero unless asked
 * not to (bars must start at zero; an index or a wage series reads better zoomed in), with
 * `headroom` extra room past the largest value (for an open-ended top, say).
 */
export function valueAxis(
  values: readonly number[],
  unit: ChartUnit,
  options: { includeZero?: boolean; tickCount?: number; headroom?: number } = {},
): ValueAxis {
  const { includeZero = true, tickCount = 5, headroom = 0 } = options;
  const finite = values.filter(Number.isFinite);
  let lo = finite.length > 0 ? Math.min(...finite) : 0;
  let hi = finite.length > 0 ? Math.max(...finite) : 1;
  if (includeZero) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  hi += (hi - lo) * headroom;
  if (lo === hi) {
    // One value: give it room on both sides (or above zero).
    const pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
    hi += pad;
    if (!includeZero || lo !== 0) lo -= pad;
  }
  const scale = scaleLinear().domain([lo, hi]).range([0, 1]).nice(tickCount).clamp(true);
  const [d0, d1] = scale.domain() as [number, number];
  return {
    domain: [d0, d1],
    ticks: scale.ticks(tickCount).map((value) => ({
      value,
      label: formatTick(value, unit),
      at: scale(value),
    })),
    position: (value: number) => scale(value),
  };
}
